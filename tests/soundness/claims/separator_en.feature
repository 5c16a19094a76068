Feature: Soundness — German number notation in English steps
  In an English feature "24.000" is twenty-four and "8,5" is not a decimal: the DESIGN makes a
  number in the other language's notation an error. Each claim below copies the seed's German
  figure into an English step; none may pass (several would pass if "24.000" were silently
  read as 24). Expectations written from the seeds before the tool was run.

  @expect_fail @cls_separator
  Scenario: Meta's H100 clusters hold more than 24.000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" is German notation; in English "24.000" = 24, an error per DESIGN — and 24,000 itself is not more than 24,000.
    Then h100_cluster_gpus is more than 24.000 GPUs

  @expect_fail @cls_separator
  Scenario: Meta's H100 clusters hold at least 24.000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs"; the step's "24.000" is German notation in an English feature (= 24 or an error), it must not pass as "at least 24".
    Then h100_cluster_gpus is at least 24.000 GPUs

  @expect_fail @cls_separator
  Scenario: Llama 3 was trained on about 16.000 GPUs
    # why: 002 "etwa 16.000 GPUs" copied in German notation into an English step (= 16 or an error).
    Then llama3_training_gpus is about 16.000 GPUs

  @expect_fail @cls_separator
  Scenario: Llama 4 needs about 160.000 GPUs
    # why: 002 "also rund 160.000 GPUs" copied in German notation into an English step (= 160 or an error).
    Then llama4_training_gpus is about 160.000 GPUs

  @expect_fail @cls_separator
  Scenario: Meta will have more than 340.000 GPUs by the end of 2024
    # why: 002 "auf über 340.000 GPUs erweitert" copied in German notation; read as English it claims only "more than 340" — an error per DESIGN, must not pass.
    Then gpus_by_end_2024 is more than 340.000 GPUs

  @expect_fail @cls_separator
  Scenario: Meta's capital expenditure was 8,5 billion dollars in Q2 2024
    # why: 000 "was 8,5 Milliarden Dollar erreichte"; "8,5" with a decimal comma is not an English number (error).
    Then capex_q2_2024 is 8,5 billion dollars

  @expect_fail @cls_separator
  Scenario: Meta's net income was 13,5 billion dollars in Q2 2024
    # why: 001/002 "Nettogewinn von 13,5 Milliarden Dollar"; "13,5" is German notation in an English step (error).
    Then net_income_q2_2024 is 13,5 billion dollars

  @expect_fail @cls_separator
  Scenario: 3,2 billion people use Meta's apps every day
    # why: 001 "3,2 Milliarden Menschen"; "3,2" is German notation in an English step (error).
    Then daily_users_meta_apps is 3,2 billion people

  @expect_fail @cls_separator
  Scenario: Meta's capital expenditure was 6,7 billion dollars in Q1 2024
    # why: 004 "6,7 Milliarden US-Dollar betrugen"; "6,7" is German notation in an English step (error).
    Then capex_q1_2024 is 6,7 billion dollars

  @expect_fail @cls_separator
  Scenario: Meta's shares opened about 1,4 percent lower on the day of the 2025 plan
    # why: 003 "Nach einem Minus von etwa 1, 4 % zum Eröffnungskurs"; "1,4" is German notation in an English step (error).
    Then share_drop_at_open_after_2025_capex_plan is about 1,4 %
