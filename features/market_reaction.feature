Feature: Market reaction
  How Meta's shares moved on its AI spending news.

  Scenario: Meta's shares rose a good 7 percent after the Q2 2024 results
    Then share_price_after_q2_2024_results rose by a good 7 % over share_price_before_q2_2024_results

  Scenario: The share price climbed from 475 to about 510 dollars after hours
    Then share_price_before_q2_2024_results is 475 dollars
    And share_price_after_q2_2024_results is about 510 dollars

  Scenario: Investors welcomed Meta's AI plans at the Q2 2024 results
    Then investors_pleased_after_q2_2024 holds
    And at least 2 sources support it

  Scenario: The shares fell about 15 percent after the Q1 2024 results
    Then share_drop_after_q1_2024_results is about 15 %

  Scenario: The Q1 2024 share drop wiped about 200 billion dollars off Meta's value
    Then market_value_loss_after_q1_2024_results is about 200 billion dollars

  Scenario: On the day of the 2025 plan the shares opened about 1.4 percent down, then rose 2 percent
    Then share_drop_at_open_after_2025_capex_plan is about 1.4 %
    And share_gain_after_2025_capex_plan is 2 %
