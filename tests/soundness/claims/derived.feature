Feature: Soundness — false multiples, changes and comparisons
  Derived claims whose relation does not follow from the figures one source states.
  Expectations written from the seeds before the tool was run.

  @expect_fail @cls_derived
  Scenario: Llama 4 needs about 100 times as many GPUs as Llama 3
    # why: 002 "etwa 16.000 GPUs" vs "fast zehnmal so viele, also rund 160.000 GPUs" — about ten times, not a hundred.
    Then llama4_training_gpus is about 100 times llama3_training_gpus

  @expect_fail @cls_derived
  Scenario: Meta's GPU fleet grows less than 14 times in 2024
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" to "über 340.000 GPUs" = more than 14.17 times.
    Then gpus_by_end_2024 is less than 14 times h100_cluster_gpus

  @expect_fail @cls_derived
  Scenario: Meta's end-2024 GPU count is about 14 times its H100 clusters
    # why: 002 "24.000" to "über 340.000" gives only a lower bound (more than 14.17 times); "about 14" (13.5–14.5) is not supported.
    Then gpus_by_end_2024 is about 14 times h100_cluster_gpus

  @expect_fail @cls_derived
  Scenario: Meta's 2025 plan is more than 2 times its 2024 spending
    # why: 003 "bis zu 65 Milliarden US-Dollar" vs "den 38 Milliarden Dollar ... im letzten Jahr" = about 1.7 times ("mehr als dem 1, 5-Fachen").
    Then capex_plan_2025 is more than 2 times capex_2024_actual

  @expect_fail @cls_derived
  Scenario: Meta's 2025 plan is nearly 2 times its 2024 spending
    # why: 003 65 bn vs 38 bn = 1.68–1.75 times; "nearly 2" = [1.8, 2).
    Then capex_plan_2025 is nearly 2 times capex_2024_actual

  @expect_fail @cls_derived
  Scenario: Meta's Q2 2024 revenue was about 2 times its net income
    # why: 001/002 "39 Milliarden Dollar" revenue and "13,5 Milliarden Dollar" net income = about 2.9 times.
    Then revenue_q2_2024 is about 2 times net_income_q2_2024

  @expect_fail @cls_derived
  Scenario: Meta's Q2 2024 net income exceeded its revenue
    # why: 001/002 net income "13,5 Milliarden Dollar" < revenue "39 Milliarden Dollar".
    Then net_income_q2_2024 is greater than revenue_q2_2024

  @expect_fail @cls_derived
  Scenario: Meta's Q1 2024 capital expenditure exceeded the year before
    # why: 004 "6,7 Milliarden US-Dollar ..., ein Rückgang gegenüber 7,09 Milliarden US-Dollar".
    Then capex_q1_2024 is greater than capex_q1_2023

  @expect_fail @cls_derived
  Scenario: Meta's Q1 2024 capital expenditure rose about 5 percent year on year
    # why: 004 "ein Rückgang gegenüber 7,09 Milliarden US-Dollar" — it fell (6.7 from 7.09), it did not rise.
    Then capex_q1_2024 rose by about 5 % over capex_q1_2023

  @expect_fail @cls_derived
  Scenario: Meta's Q1 2024 capital expenditure fell about 10 percent year on year
    # why: 004 6,7 vs 7,09 Milliarden US-Dollar = a fall of about 5.5 % (4.7–6.3 %), not about 10 %.
    Then capex_q1_2024 fell by about 10 % from capex_q1_2023

  @expect_fail @cls_derived
  Scenario: Meta's shares rose about 15 percent after the Q2 2024 results
    # why: 001 "von 475 auf rund 510 Dollar – ein Plus von gut sieben Prozent".
    Then share_price_after_q2_2024_results rose by about 15 % over share_price_before_q2_2024_results

  @expect_fail @cls_derived
  Scenario: Stargate is more than 10 times Meta's 2025 plan
    # why: 003 "500-Milliarden-Dollar-Stargate-Initiative" vs "65-Milliarden-Dollar-Investitionsplan" = about 7.7 times.
    Then stargate_investment is more than 10 times capex_plan_2025

  @expect_fail @cls_derived
  Scenario: Microsoft plans to invest less than Meta in 2025
    # why: 003 Microsoft "rund 80 Milliarden Dollar" vs Meta "bis zu 65 Milliarden US-Dollar".
    Then microsoft_ai_investment_plan is less than capex_plan_2025

  @expect_fail @cls_derived
  Scenario: Meta's planned data centre is smaller than the compute coming online in 2025
    # why: 003 "2-Gigawatt-Rechenzentrums" vs "etwa 1 Gigawatt neue Rechenleistung".
    Then datacenter_power_planned is less than compute_online_by_end_2025

  @expect_fail @cls_derived
  Scenario: OpenAI spends more than twice as much on leased servers as on training
    # why: 000 "3 Milliarden Dollar für Modellschulung und zusätzliche 4 Milliarden Dollar für ermäßigte Server-Verpachtungen" = 4/3, at most 1.8 times.
    Then openai_server_lease_spend is more than 2 times openai_training_spend

  @expect_fail @cls_derived
  Scenario: OpenAI spends more on training than on leased servers
    # why: 000 training "3 Milliarden Dollar" < server leases "4 Milliarden Dollar".
    Then openai_training_spend is greater than openai_server_lease_spend

  @expect_fail @cls_derived
  Scenario: Llama 3 used more GPUs than Meta's H100 clusters hold
    # why: 002 Llama 3 "etwa 16.000 GPUs" < "Cluster mit 24.000 Nvidia H100 GPUs".
    Then llama3_training_gpus is greater than h100_cluster_gpus

  @expect_fail @cls_derived
  Scenario: Llama 4 needs more GPUs than Meta will have by the end of 2024
    # why: 002 Llama 4 "rund 160.000 GPUs" < end-2024 "über 340.000 GPUs".
    Then llama4_training_gpus is greater than gpus_by_end_2024

  @expect_fail @cls_derived
  Scenario: Meta's net income grew more than its revenue in Q2 2024
    # why: 001 "Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar" — revenue +7 bn, net income +5.7 bn.
    Then net_income_increase_q2_2024_yoy is greater than revenue_increase_q2_2024_yoy

  @expect_fail @cls_derived
  Scenario: Analysts had expected more than Meta's 2025 plan
    # why: 003 analysts "51 bis 53 Milliarden US-Dollar" vs the plan "bis zu 65 Milliarden US-Dollar".
    Then analyst_capex_expectation_jan_2025 is greater than capex_plan_2025
