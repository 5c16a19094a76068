Feature: Soundness — claims from the reviewer's audit
  Written by a reviewer checking the engine from outside, after the two blind rounds; each
  expectation set before its run. The three below are false and still pass: their titles say
  something no step states, in words the engine does not compare with the facts.

  @expect_fail @cls_title @known_gap
  Scenario: Meta's H100 clusters hold 24,000 TPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs": GPUs, not TPUs.
    # known gap (the engine passes it, a fact-checker would not): 'TPUs' is no unit the reader knows, so the title's number reads without a unit and matches the step's GPUs
    Then h100_cluster_gpus is 24,000 GPUs

  @expect_fail @cls_title @known_gap
  Scenario: Llama 3 was trained on 24,000 GPUs
    # why: 002 "etwa 16.000 GPUs" for Llama 3; 24,000 is the H100 clusters' size.
    # known gap (the engine passes it, a fact-checker would not): the title's number equals a step's number, but that step is about another fact
    Then llama3_training_gpus is about 16,000 GPUs
    And h100_cluster_gpus is 24,000 GPUs

  @expect_fail @cls_to_by @known_gap
  Scenario: Capital expenditure rose from 7.09 billion to 6.7 billion dollars in Q1 2024
    # why: 004 "6,7 Milliarden US-Dollar … ein Rückgang gegenüber 7,09 Milliarden": it fell.
    # known gap (the engine passes it, a fact-checker would not): the title's direction word ('rose') is not compared with the facts
    Then capex_q1_2024 is 6.7 billion dollars
    And capex_q1_2023 is 7.09 billion dollars
