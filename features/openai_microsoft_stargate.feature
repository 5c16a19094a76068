Feature: OpenAI, Microsoft and Stargate
  Meta's spending set beside its competitors'.

  Scenario: OpenAI spends 3 billion dollars on training models
    Then openai_training_spend is 3 billion dollars

  Scenario: OpenAI spends 4 billion dollars on discounted servers from Microsoft
    Then openai_server_lease_spend is 4 billion dollars

  Scenario: OpenAI spends between one and two times as much on leased servers as on training
    Then openai_server_lease_spend is between 1 and 2 times openai_training_spend

  Scenario: Microsoft plans to invest about 80 billion dollars
    Then microsoft_ai_investment_plan is about 80 billion dollars

  Scenario: Microsoft plans to invest more than Meta in 2025
    Then microsoft_ai_investment_plan is greater than capex_plan_2025

  Scenario: Stargate is a 500 billion dollar initiative
    Then stargate_investment is 500 billion dollars

  Scenario: Stargate is more than seven times Meta's 2025 plan
    Then stargate_investment is more than 7 times capex_plan_2025
