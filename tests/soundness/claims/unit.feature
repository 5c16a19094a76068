Feature: Soundness — unit mix-ups
  Percent against percentage points, dollars against euros, power against energy, GPUs
  against dollars, gigawatts against megawatts. Different dimensions never compare.
  Expectations written from the seeds before the tool was run.

  @expect_fail @cls_unit
  Scenario: Meta's capital expenditure rose 33 percentage points in Q2 2024
    # why: 000 "Anstieg der Kapitalausgaben von 33%" — a relative rise in percent, not percentage points.
    Then capex_q2_2024_growth is 33 percentage points

  @expect_fail @cls_unit
  Scenario: Meta's shares fell about 15 percentage points after the Q1 2024 results
    # why: 004 "fielen um ca. 15 Prozent" — percent, not percentage points.
    Then share_drop_after_q1_2024_results is about 15 percentage points

  @expect_fail @cls_unit
  Scenario: Meta's shares rose a good 7 percentage points after the Q2 2024 results
    # why: 001 "ein Plus von gut sieben Prozent" — a change of a price in percent, not percentage points.
    Then share_price_after_q2_2024_results rose by a good 7 percentage points over share_price_before_q2_2024_results

  @expect_fail @cls_unit
  Scenario: Training Llama 4 costs about 160,000 dollars
    # why: 002 "rund 160.000 GPUs" counts GPUs, not dollars.
    Then llama4_training_gpus is about 160,000 dollars

  @expect_fail @cls_unit
  Scenario: Meta's Q2 2024 revenue was about 39 billion euros
    # why: 001/002 "39 Milliarden Dollar" — dollars; no exchange rates, currencies do not compare.
    Then revenue_q2_2024 is about 39 billion euros

  @expect_fail @cls_unit
  Scenario: Meta plans a data centre of 2 GWh
    # why: 003 "2-Gigawatt-Rechenzentrums" — power (GW), not energy (GWh).
    Then datacenter_power_planned is 2 GWh

  @expect_fail @cls_unit
  Scenario: About 1 TWh of new compute comes online by the end of 2025
    # why: 003 "etwa 1 Gigawatt neue Rechenleistung" — power (GW), not energy (TWh).
    Then compute_online_by_end_2025 is about 1 TWh

  @expect_fail @cls_unit
  Scenario: Meta's share price was 475 euros before the Q2 2024 results
    # why: 001 "von 475 auf rund 510 Dollar" — dollars, not euros.
    Then share_price_before_q2_2024_results is 475 euros

  @expect_fail @cls_unit
  Scenario: Microsoft plans to invest about 80 billion euros
    # why: 003 "rund 80 Milliarden Dollar" — dollars, not euros.
    Then microsoft_ai_investment_plan is about 80 billion euros

  @expect_fail @cls_unit
  Scenario: Meta's shares opened about 1.4 percentage points lower on the day of the 2025 plan
    # why: 003 "Minus von etwa 1, 4 % zum Eröffnungskurs" — percent, not percentage points.
    Then share_drop_at_open_after_2025_capex_plan is about 1.4 percentage points

  @expect_fail @cls_unit
  Scenario: Meta plans a 2 MW data centre
    # why: 003 "2-Gigawatt-Rechenzentrums" — gigawatts; 2 MW is a thousandth of that.
    Then datacenter_power_planned is 2 MW

  @expect_fail @cls_unit
  Scenario: Meta plans up to 65 billion euros of capital expenditure for 2025
    # why: 003 "bis zu 65 Milliarden US-Dollar" — dollars, not euros.
    Then capex_plan_2025 is up to 65 billion euros
