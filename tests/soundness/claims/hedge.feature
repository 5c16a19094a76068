Feature: Soundness — hedged evidence claimed as firm support
  001's only figure for Llama 4 is the journalist's inference "Daher dürfte Meta mit knapp
  160.000 GPUs planen": it may suggest, never support. 002's firm figure is "rund 160.000 GPUs".
  Expectations written from the seeds before the tool was run.

  @expect_fail @cls_hedge
  Scenario: Llama 4 needs about 160,000 GPUs, the short August report states firmly
    # why: 001 only says "Daher dürfte Meta mit knapp 160.000 GPUs planen" — hedged; "source 001 supports it" asks for firm support.
    Then llama4_training_gpus is about 160,000 GPUs
    And source 001 supports it

  @expect_fail @cls_hedge
  Scenario: Llama 4 needs nearly 160,000 GPUs
    # why: only hedged 001 "dürfte Meta mit knapp 160.000 GPUs planen" says "nearly"; 002 "rund 160.000 GPUs" (155,000–165,000) does not support "just under".
    Then llama4_training_gpus is nearly 160,000 GPUs

  @expect_fail @cls_hedge
  Scenario: Llama 4 needs just under 160,000 GPUs, as the short August report suggests
    # why: 001 suggests it ("dürfte ... knapp 160.000") but no source firmly supports it: 002 "rund 160.000" allows more than 160,000.
    Then llama4_training_gpus is just under 160,000 GPUs
    And source 001 suggests it

  @expect_fail @cls_hedge
  Scenario: Llama 4 needs fewer than 160,000 GPUs
    # why: only hedged 001 "knapp 160.000" implies fewer; 002 "rund 160.000 GPUs" does not.
    Then llama4_training_gpus is less than 160,000 GPUs

  @expect_fail @cls_hedge
  Scenario: Llama 4 needs at most 160,000 GPUs
    # why: only hedged 001 "dürfte ... knapp 160.000" bounds it from above; 002 "rund 160.000 GPUs" allows up to 165,000.
    Then llama4_training_gpus is at most 160,000 GPUs

  @expect_fail @cls_hedge
  Scenario: Llama 4 needs between 155,000 and 160,000 GPUs
    # why: only hedged 001 "dürfte Meta mit knapp 160.000 GPUs planen" fits this range; 002 "rund 160.000" does not support it.
    Then llama4_training_gpus is between 155,000 and 160,000 GPUs

  @expect_fail @cls_hedge
  Scenario: Llama 4 needs more GPUs than Meta's H100 clusters hold, the short August report states firmly
    # why: 001's Llama 4 figure is hedged ("dürfte ... knapp 160.000 GPUs") and 001 has no H100 figure; its cell can only suggest, not support.
    Then llama4_training_gpus is greater than h100_cluster_gpus
    And source 001 supports it

  @expect_fail @cls_hedge
  Scenario: Several sources firmly report that Llama 4 needs about 160,000 GPUs
    # why: 002 "rund 160.000 GPUs" is firm, 001 "dürfte Meta mit knapp 160.000 GPUs planen" is hedged — one firm source, not 2.
    Then llama4_training_gpus is about 160,000 GPUs
    And at least 2 sources support it
