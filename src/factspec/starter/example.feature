Feature: The town library
  One scenario is one claim: its title is the sentence readers see, its steps say what it
  states about the facts in facts.yaml and what the sources must do.

  Scenario: The town library lent about 48,000 books in 2024
    Then library_loans_2024 is about 48,000 books
    And source example supports it
