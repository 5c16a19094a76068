Feature: Soundness — wrong scale words
  False claims where an editor wrote million for billion, billion for million, or shifted a
  figure by a power of ten. Expectations written from the seeds before the tool was run.

  @expect_fail @cls_scale
  Scenario: Llama 3.1 has 405 million parameters
    # why: 000 ("mit 405 Milliarden Parametern") and 002 ("mit beeindruckenden 405 Milliarden Parametern") say billion, not million.
    Then llama31_parameters is 405 million parameters

  @expect_fail @cls_scale
  Scenario: Meta's Q2 2024 revenue was 39 million dollars
    # why: 001 "39 Milliarden Dollar Umsatz" and 002 "einen Umsatz von 39 Milliarden Dollar" — billion.
    Then revenue_q2_2024 is 39 million dollars

  @expect_fail @cls_scale
  Scenario: 3.2 million people use one of Meta's apps every day
    # why: 001 "Zudem sollen 3,2 Milliarden Menschen täglich eine der Meta-Apps nutzen" — billion.
    Then daily_users_meta_apps is 3.2 million people

  @expect_fail @cls_scale
  Scenario: Threads has 200 billion monthly active users
    # why: 001 "mit 200 Millionen aktiven monatlichen Nutzer:innen" — million.
    Then threads_monthly_active_users is 200 billion users

  @expect_fail @cls_scale
  Scenario: Meta's capital expenditure was 8.5 million dollars in Q2 2024
    # why: 000 "Anstieg der Kapitalausgaben von 33%, was 8,5 Milliarden Dollar erreichte" — billion.
    Then capex_q2_2024 is 8.5 million dollars

  @expect_fail @cls_scale
  Scenario: Stargate is a 500 million dollar initiative
    # why: 003 "Präsident Trumps ehrgeizige 500-Milliarden-Dollar-Stargate-Initiative" — billion.
    Then stargate_investment is 500 million dollars

  @expect_fail @cls_scale
  Scenario: Microsoft plans to invest about 80 million dollars in its cloud
    # why: 003 "So plant Microsoft beispielsweise, rund 80 Milliarden Dollar zu investieren" — billion.
    Then microsoft_ai_investment_plan is about 80 million dollars

  @expect_fail @cls_scale
  Scenario: Meta will run about 1.3 billion GPUs by the end of 2025
    # why: 003 headline "für 1,3 Millionen GPUs" and body "über 1, 3 Millionen GPUs" — million.
    Then gpus_online_by_end_2025 is about 1.3 billion GPUs

  @expect_fail @cls_scale
  Scenario: The Q1 2024 share drop wiped about 200 million dollars off Meta's value
    # why: 004 "was einen Wertverlust des Unternehmens um 200 Milliarden US-Dollar bedeutet" — billion.
    Then market_value_loss_after_q1_2024_results is about 200 million dollars

  @expect_fail @cls_scale
  Scenario: Meta spent 38 million dollars on capital expenditure in 2024
    # why: 003 "im Vergleich zu den 38 Milliarden Dollar ..., die Meta im letzten Jahr ausgegeben hat" — billion.
    Then capex_2024_actual is 38 million dollars

  @expect_fail @cls_scale
  Scenario: OpenAI spends 3 million dollars on model training
    # why: 000 "berichtet OpenAI, dass 3 Milliarden Dollar für Modellschulung ... ausgegeben werden" — billion.
    Then openai_training_spend is 3 million dollars

  @expect_fail @cls_scale
  Scenario: Meta plans more than 3.4 million GPUs by the end of 2024
    # why: 002 "Diese sollen bis Ende 2024 auf über 340.000 GPUs erweitert werden" — 340 thousand; "more than 3.4 million" (ten times more) is not stated, only compatible.
    Then gpus_by_end_2024 is more than 3.4 million GPUs

  @expect_fail @cls_scale
  Scenario: Llama 3 was trained on about 16 million GPUs
    # why: 002 "für das Training von Llama 3 etwa 16.000 GPUs verwendet" — sixteen thousand.
    Then llama3_training_gpus is about 16 million GPUs

  @expect_fail @cls_scale
  Scenario: Meta's net income was 13.5 million dollars in Q2 2024
    # why: 001 and 002 "einen Nettogewinn von 13,5 Milliarden Dollar" — billion.
    Then net_income_q2_2024 is 13.5 million dollars

  @expect_fail @cls_scale
  Scenario: Meta's Q2 2024 revenue grew by 7 million dollars year on year
    # why: 001 "Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar gegenüber dem Vorjahresquartal" — billion.
    Then revenue_increase_q2_2024_yoy is 7 million dollars
