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

  Scenario: Microsoft's planned investment is larger than Meta's plan for 2025
    003 gives Microsoft's roughly 80 billion dollars without a year; only Meta's plan is
    for 2025.

    Then microsoft_ai_investment_plan is greater than capex_plan_2025

  Scenario: Stargate is a 500 billion dollar initiative
    Then stargate_investment is 500 billion dollars
