Feature: Soundness — open and closed bounds, "up to"
  more than / at least / less than / at most / up to, against exact figures and against
  "über" evidence. Expectations written from the seeds before the tool was run.

  @expect_fail @cls_bound
  Scenario: Meta's H100 clusters hold more than 24,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — exactly 24,000, which is not more than 24,000 (open bound).
    Then h100_cluster_gpus is more than 24,000 GPUs

  @expect_fail @cls_bound
  Scenario: Meta's H100 clusters hold fewer than 24,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — exactly 24,000, not less.
    Then h100_cluster_gpus is less than 24,000 GPUs

  @expect_fail @cls_bound
  Scenario: Meta will have at most 340,000 GPUs by the end of 2024
    # why: 002 "auf über 340.000 GPUs erweitert" — more than 340,000, so "at most 340,000" is refuted.
    Then gpus_by_end_2024 is at most 340,000 GPUs

  @expect_fail @cls_bound
  Scenario: Meta will have fewer than 340,000 GPUs by the end of 2024
    # why: 002 "auf über 340.000 GPUs erweitert" — more than 340,000.
    Then gpus_by_end_2024 is less than 340,000 GPUs

  @expect_fail @cls_bound
  Scenario: Meta will have at least 350,000 GPUs by the end of 2024
    # why: 002 says only "über 340.000 GPUs"; 350,000 or more is not stated (compatible, unsupported).
    Then gpus_by_end_2024 is at least 350,000 GPUs

  @expect_fail @cls_bound
  Scenario: Meta's share price stood above 475 dollars before the Q2 2024 results
    # why: 001 "kletterte die Meta-Aktie nachbörslich von 475 auf rund 510 Dollar" — the price before was 475, not above it.
    Then share_price_before_q2_2024_results is more than 475 dollars

  @expect_fail @cls_bound
  Scenario: Meta's capital expenditure rose more than 33 percent in Q2 2024
    # why: 000 "Anstieg der Kapitalausgaben von 33%" — 33, not more than 33.
    Then capex_q2_2024_growth is more than 33 %

  @expect_fail @cls_bound
  Scenario: Meta will use fewer than 1.3 million GPUs by the end of 2025
    # why: 003 "die über 1, 3 Millionen GPUs nutzen wird" — more than 1.3 million.
    Then gpus_online_by_end_2025 is less than 1.3 million GPUs

  @expect_fail @cls_bound
  Scenario: Meta will use at most 1.3 million GPUs by the end of 2025
    # why: 003 "über 1, 3 Millionen GPUs" — more than 1.3 million, so "at most" is refuted.
    Then gpus_online_by_end_2025 is at most 1.3 million GPUs

  @expect_fail @cls_bound
  Scenario: Meta will use more than 1.4 million GPUs by the end of 2025
    # why: 003 headline "1,3 Millionen GPUs" (1.25–1.35 M) refutes more than 1.4 M; the body's "über 1, 3 Millionen" does not support it.
    Then gpus_online_by_end_2025 is more than 1.4 million GPUs

  @expect_fail @cls_bound
  Scenario: Meta plans more than 65 billion dollars of capital expenditure for 2025
    # why: 003 "in diesem Jahr bis zu 65 Milliarden US-Dollar" — at most 65, not more.
    Then capex_plan_2025 is more than 65 billion dollars

  @expect_fail @cls_bound
  Scenario: Meta's shares gained more than 2 percent on the day of the 2025 plan
    # why: 003 "einen bemerkenswerten Aufwärtstrend von 2 %" — plain 2, not more than 2.
    Then share_gain_after_2025_capex_plan is more than 2 %

  @expect_fail @cls_bound
  Scenario: Llama 3.1 has more than 405 billion parameters
    # why: 000/002 "405 Milliarden Parametern" — 405, not more; unsupported (compatible at best).
    Then llama31_parameters is more than 405 billion parameters

  @expect_fail @cls_bound
  Scenario: Meta's Q2 2024 revenue exceeded 40 billion dollars
    # why: 001/002 "39 Milliarden Dollar" Umsatz — below 40.
    Then revenue_q2_2024 is more than 40 billion dollars

  @expect_fail @cls_bound
  Scenario: Meta plans up to 70 billion dollars of capital expenditure for 2025
    # why: 003 "bis zu 65 Milliarden US-Dollar" and headline "65-Milliarden-Dollar-Investitionsplan" — the top is 65, not 70.
    Then capex_plan_2025 is up to 70 billion dollars

  @expect_fail @cls_bound
  Scenario: Meta plans up to 60 billion dollars of capital expenditure for 2025
    # why: 003 "bis zu 65 Milliarden US-Dollar" / "65-Milliarden-Dollar-Investitionsplan ... im Jahr 2025" — the top is 65, not 60.
    Then capex_plan_2025 is up to 60 billion dollars

  @expect_fail @cls_bound
  Scenario: Meta will have up to 340,000 GPUs by the end of 2024
    # why: 002 "auf über 340.000 GPUs erweitert" — over, not up to, 340,000.
    Then gpus_by_end_2024 is up to 340,000 GPUs
