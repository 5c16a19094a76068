Feature: Soundness — "rose to" against "rose by"
  The new value and the change are different relations; editors swap them. Expectations
  written from the seeds before the tool was run.

  @expect_fail @cls_to_by
  Scenario: Meta's revenue rose by 39 billion dollars in Q2 2024
    # why: 001 "39 Milliarden Dollar Umsatz ... Zuwächse von sieben ... Milliarden Dollar" — revenue rose TO 39 bn, BY 7 bn.
    Then revenue_increase_q2_2024_yoy is 39 billion dollars

  @expect_fail @cls_to_by
  Scenario: Meta's net income rose by 13.5 billion dollars in Q2 2024
    # why: 001 "Nettogewinn von 13,5 Milliarden Dollar ... Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar" — rose TO 13.5, BY 5.7.
    Then net_income_increase_q2_2024_yoy is 13.5 billion dollars

  @expect_fail @cls_to_by
  Scenario: Meta's revenue rose to 7 billion dollars in Q2 2024
    # why: 001 — 7 bn ("sieben") is the increase; revenue was "39 Milliarden Dollar".
    Then revenue_q2_2024 is 7 billion dollars

  @expect_fail @cls_to_by
  Scenario: Meta's net income rose to 5.7 billion dollars in Q2 2024
    # why: 001 — 5.7 bn is the increase ("Zuwächse von ... 5,7 Milliarden Dollar"); net income was "13,5 Milliarden Dollar".
    Then net_income_q2_2024 is 5.7 billion dollars

  @expect_fail @cls_to_by
  Scenario: Meta's shares rose by about 510 dollars after the Q2 2024 results
    # why: 001 "von 475 auf rund 510 Dollar" — they rose TO about 510, by about 35 dollars.
    Then share_price_after_q2_2024_results rose by about 510 dollars over share_price_before_q2_2024_results

  @expect_fail @cls_to_by
  Scenario: Meta's shares rose to a good 7 percent after the Q2 2024 results
    # why: 001 "ein Plus von gut sieben Prozent" is the change (by), not the new price; a share price is in dollars ("auf rund 510 Dollar").
    Then share_price_after_q2_2024_results rose to a good 7 % over share_price_before_q2_2024_results

  @expect_fail @cls_to_by
  Scenario: Meta's capital expenditure fell by 6.7 billion dollars in Q1 2024
    # why: 004 "6,7 Milliarden US-Dollar ..., ein Rückgang gegenüber 7,09 Milliarden US-Dollar" — fell TO 6.7 bn, by about 0.4 bn.
    Then capex_q1_2024 fell by 6.7 billion dollars from capex_q1_2023

  @expect_fail @cls_to_by
  Scenario: Meta's shares rose to 35 dollars after the Q2 2024 results
    # why: 001 "von 475 auf rund 510 Dollar" — 35 dollars is the gain (by); the new price is about 510.
    Then share_price_after_q2_2024_results rose to 35 dollars over share_price_before_q2_2024_results

  @expect_fail @cls_to_by
  Scenario: Meta's capital expenditure fell to about 5.5 percent in Q1 2024
    # why: 004 — capex fell TO "6,7 Milliarden US-Dollar" from "7,09"; about 5.5 % is the size of the fall (by), not the new value.
    Then capex_q1_2024 fell to about 5.5 % from capex_q1_2023
