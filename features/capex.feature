Feature: Capital expenditure
  Meta's spending on servers, data centres and network infrastructure: forecasts, quarters
  and plans.

  @disputed
  Scenario: Meta expects 37 to 40 billion dollars of capital expenditure in 2024
    With the Q2 results in July 2024 (001, 002) Meta raised the lower end of its April
    forecast (004: 35 to 40 billion dollars, now history) to 37 billion. 003 writes "2024"
    for the 60 to 65 billion dollar plan that Zuckerberg announced in January 2025 for 2025,
    after the year had ended, so it is no revision but a conflicting statement.

    Then capex_forecast_2024 is 37 to 40 billion dollars
    And at least 2 sources support it

  Scenario: In April 2024 Meta forecast 35 to 40 billion dollars of capital expenditure for 2024
    The April forecast (004) was raised in July 2024 (001, 002: 37 to 40 billion dollars):
    later statements of a revisable fact, history rather than a refutation.

    Then capex_forecast_2024 was between 35 and 40 billion dollars as of April 2024
    And source 004 supports it

  @disputed
  Scenario: 003 puts a capital expenditure plan of 60 to 65 billion dollars in 2024
    003's body says the plan of 60 to 65 billion dollars is "für 2024", while 001 and 002
    (37 to 40 billion dollars) and 004 (35 to 40 billion dollars) put 2024 far lower, and
    003's own headline dates the plan to 2025: 003 misdates the plan for 2025.

    Then capex_forecast_2024 is 60 to 65 billion dollars
    And source 003 supports it

  Scenario: Capital expenditure was 8.5 billion dollars in Q2 2024
    Then capex_q2_2024 is 8.5 billion dollars

  Scenario: Capital expenditure rose 33 percent in Q2 2024
    000 names no base period for the rise, so the claim names none either.

    Then capex_q2_2024_growth is 33 %

  Scenario: Capital expenditure fell to 6.7 billion dollars in Q1 2024, from 7.09 billion a year before
    Then capex_q1_2024 is 6.7 billion dollars
    And capex_q1_2023 is 7.09 billion dollars
    And capex_q1_2024 is less than capex_q1_2023

  Scenario: Capital expenditure fell by 4 to 7 percent year on year in Q1 2024
    Then capex_q1_2024 fell by between 4 and 7 percent from capex_q1_2023

  Scenario: Meta spent about 38 billion dollars on capital expenditure in 2024
    Then capex_2024_actual is about 38 billion dollars

  Scenario: Meta plans up to 65 billion dollars of capital expenditure for 2025
    Then capex_plan_2025 is up to 65 billion dollars

  Scenario: The 2025 plan is more than one and a half times the 2024 spending
    Then capex_plan_2025 is more than 1.5 times capex_2024_actual

  Scenario: The 2025 plan is less than twice the 2024 spending
    Then capex_plan_2025 is less than 2 times capex_2024_actual

  Scenario: Analysts had expected 51 to 53 billion dollars
    Then analyst_capex_expectation_jan_2025 is 51 to 53 billion dollars

  Scenario: The 2025 plan exceeds what analysts expected
    Then capex_plan_2025 is greater than analyst_capex_expectation_jan_2025

  Scenario: Meta expects capital expenditure to rise again in 2025
    Then capex_rise_2025_expected holds
    And at least 3 sources support it

  Scenario: The 2024 forecast would be Meta's largest investment ever
    Then capex_2024_record_high holds
