Feature: Soundness — time words and wrong periods
  Time words the step grammar does not read ("in 2025", "by the end of 2024") are step errors,
  never dropped; and figures moved to the wrong year, quarter or event are false.
  Expectations written from the seeds before the tool was run.

  @expect_fail @cls_time
  Scenario: Capital spending hit 8.5 billion dollars in Q2 2024
    # why: true per 000 "im Q2 2024 ... 8,5 Milliarden Dollar", but the step adds "in Q2 2024", words the grammar does not read — a step error.
    Then capex_q2_2024 is 8.5 billion dollars in Q2 2024

  @expect_fail @cls_time
  Scenario: Meta will invest up to 65 billion dollars in 2025
    # why: 003 "in diesem Jahr bis zu 65 Milliarden US-Dollar"; the step's trailing "in 2025" is not grammar — a step error.
    Then capex_plan_2025 is up to 65 billion dollars in 2025

  @expect_fail @cls_time
  Scenario: Meta took in 39 billion dollars in the second quarter
    # why: 001/002 "39 Milliarden Dollar"; the step's "in the second quarter" is not grammar — a step error.
    Then revenue_q2_2024 is 39 billion dollars in the second quarter

  @expect_fail @cls_time
  Scenario: Meta's GPU clusters pass 340,000 GPUs by the end of 2024
    # why: 002 "bis Ende 2024 auf über 340.000 GPUs"; the step's "by the end of 2024" is not grammar — a step error.
    Then gpus_by_end_2024 is more than 340,000 GPUs by the end of 2024

  @expect_fail @cls_time
  Scenario: Meta's 2024 outlay came to about 38 billion dollars
    # why: 003 "den 38 Milliarden Dollar ..., die Meta im letzten Jahr ausgegeben hat"; the step's "in 2024" is not grammar — a step error.
    Then capex_2024_actual is about 38 billion dollars in 2024

  @expect_fail @cls_time
  Scenario: Llama 4 is scheduled for 2025
    # why: 001 "die für 2025 angekündigte", 002 "für das Jahr 2025 erwartet"; but "holds in 2025" is not grammar — a step error.
    Then llama4_planned_for_2025 holds in 2025

  @expect_fail @cls_time
  Scenario: Meta's capital expenditure was 8.5 billion dollars in Q1 2024
    # why: 8.5 bn is Q2 (000 "im Q2 2024 ... 8,5 Milliarden Dollar"); for Q1 004 says "6,7 Milliarden US-Dollar".
    Then capex_q1_2024 is 8.5 billion dollars

  @expect_fail @cls_time
  Scenario: Meta's capital expenditure was 6.7 billion dollars in Q2 2024
    # why: 6.7 bn is Q1 (004); for Q2 2024 000 says "8,5 Milliarden Dollar".
    Then capex_q2_2024 is 6.7 billion dollars

  @expect_fail @cls_time
  Scenario: Meta's capital expenditure was 7.09 billion dollars in Q1 2024
    # why: 7.09 bn is the year before — 004 "ein Rückgang gegenüber 7,09 Milliarden US-Dollar zum gleichen Zeitpunkt des Vorjahres"; Q1 2024 was "6,7 Milliarden US-Dollar".
    Then capex_q1_2024 is 7.09 billion dollars

  @expect_fail @cls_time
  Scenario: Meta plans about 38 billion dollars of capital expenditure for 2025
    # why: 38 bn is what Meta spent "im letzten Jahr" (003); the 2025 plan is "bis zu 65 Milliarden US-Dollar" (003).
    Then capex_plan_2025 is about 38 billion dollars

  @expect_fail @cls_time
  Scenario: Meta spent about 65 billion dollars on capital expenditure in 2024
    # why: 003 "den 38 Milliarden Dollar ..., die Meta im letzten Jahr ausgegeben hat"; 65 bn is the 2025 plan.
    Then capex_2024_actual is about 65 billion dollars

  @expect_fail @cls_time
  Scenario: Meta will have more than 1.3 million GPUs by the end of 2024
    # why: 1.3 million is the end-2025 figure (003 "Bis zum Jahresende ... über 1, 3 Millionen GPUs", Jan 2025); for end-2024 002 says only "über 340.000 GPUs" — unsupported.
    Then gpus_by_end_2024 is more than 1.3 million GPUs

  @expect_fail @cls_time
  Scenario: Meta's shares opened about 15 percent lower on the day of the 2025 plan
    # why: 15 % is the April 2024 drop (004 "fielen um ca. 15 Prozent"); on the 2025 plan 003 says "Minus von etwa 1, 4 % zum Eröffnungskurs".
    Then share_drop_at_open_after_2025_capex_plan is about 15 %
