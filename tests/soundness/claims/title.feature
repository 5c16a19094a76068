Feature: Soundness — titles stating numbers the steps do not prove
  Each step below is true and supported; the title — the sentence readers see — states a
  number no step proves, so the claim must fail. Expectations written from the seeds before
  the tool was run.

  @expect_fail @cls_title
  Scenario: Llama 3 was trained on 20,000 GPUs
    # why: 002 "etwa 16.000 GPUs"; the step proves about 16,000, the title says 20,000.
    Then llama3_training_gpus is about 16,000 GPUs

  @expect_fail @cls_title
  Scenario: Meta's H100 clusters hold 25,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs"; the step proves 24,000, the title says 25,000.
    Then h100_cluster_gpus is 24,000 GPUs

  @expect_fail @cls_title
  Scenario: Capital expenditure was 8.7 billion dollars in Q2 2024
    # why: 000 "8,5 Milliarden Dollar"; the step proves 8.5, the title says 8.7.
    Then capex_q2_2024 is 8.5 billion dollars

  @expect_fail @cls_title
  Scenario: Threads has 300 million monthly active users
    # why: 001 "200 Millionen aktiven monatlichen Nutzer:innen"; the step proves 200 million, the title says 300 million.
    Then threads_monthly_active_users is 200 million users

  @expect_fail @cls_title
  Scenario: Meta earned 15.5 billion dollars net in Q2 2024
    # why: 001/002 "Nettogewinn von 13,5 Milliarden Dollar"; the step proves 13.5, the title says 15.5.
    Then net_income_q2_2024 is 13.5 billion dollars

  @expect_fail @cls_title
  Scenario: 3.5 billion people use Meta's apps every day
    # why: 001 "3,2 Milliarden Menschen"; the step proves 3.2 billion, the title says 3.5 billion.
    Then daily_users_meta_apps is 3.2 billion people

  @expect_fail @cls_title
  Scenario: Meta's shares jumped 9 percent after the Q2 2024 results
    # why: 001 "ein Plus von gut sieben Prozent"; the step proves a good 7 %, the title says 9 %.
    Then share_price_after_q2_2024_results rose by a good 7 % over share_price_before_q2_2024_results

  @expect_fail @cls_title
  Scenario: Microsoft plans to invest 100 billion dollars in its cloud
    # why: 003 "rund 80 Milliarden Dollar"; the step proves about 80 billion, the title says 100 billion.
    Then microsoft_ai_investment_plan is about 80 billion dollars

  @expect_fail @cls_title
  Scenario: Meta spent 38 billion dollars in 2024 and plans 75 billion for 2025
    # why: 003 "den 38 Milliarden Dollar" (proved by the step) but "bis zu 65 Milliarden US-Dollar" for 2025; the title's 75 billion is proved by no step (and is false).
    Then capex_2024_actual is about 38 billion dollars

  @expect_fail @cls_title
  Scenario: Meta spent 38 billion dollars in 2024 and plans up to 65 billion for 2025
    # why: 003 says both, but the only step proves the 38 billion; the title's 65 billion is proved by no step, which the DESIGN title rule forbids.
    Then capex_2024_actual is 38 billion dollars

  @expect_fail @cls_title
  Scenario: Meta's shares fell 20 percent after the Q1 2024 results
    # why: 004 "fielen um ca. 15 Prozent"; the step proves about 15 %, the title says 20 %.
    Then share_drop_after_q1_2024_results is about 15 %

  @expect_fail @cls_title
  Scenario: Meta's 2025 plan is twice its 2024 spending
    # why: 003 "mehr als dem 1, 5-Fachen" (65 vs 38 bn = about 1.7 times); the step proves more than 1.5 times, the title's "twice" (2) is not proved.
    Then capex_plan_2025 is more than 1.5 times capex_2024_actual

  @expect_fail @cls_title
  Scenario: Llama 4 needs twelve times as many GPUs as Llama 3
    # why: 002 "fast zehnmal so viele"; the step proves about 10 times, the title says twelve.
    Then llama4_training_gpus is about 10 times llama3_training_gpus

  @expect_fail @cls_title
  Scenario: OpenAI spends 7 billion dollars on model training
    # why: 000 "3 Milliarden Dollar für Modellschulung" (7 bn is training plus leases); the step proves 3 billion, the title says 7.
    Then openai_training_spend is 3 billion dollars

  @expect_fail @cls_title
  Scenario: Meta plans a 5 GW data centre
    # why: 003 "eines riesigen 2-Gigawatt-Rechenzentrums"; the step proves 2 GW, the title says 5.
    Then datacenter_power_planned is 2 GW
