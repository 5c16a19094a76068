Feature: Soundness — tags that must not turn a failing claim into a pass
  Tags such as @skip or @xfail must not hide a false claim; @disputed needs a description naming sources on
  each side and a source that refutes; @false needs a firm refutation and no support.
  Expectations written from the seeds before the tool was run.

  @expect_fail @cls_tags @skip
  Scenario: Llama 3 was trained on about 20,000 GPUs
    # why: 002 "etwa 16.000 GPUs" refutes about 20,000 (18,000–22,000); @skip must not hide a false claim.
    Then llama3_training_gpus is about 20,000 GPUs

  @expect_fail @cls_tags @xfail
  Scenario: Meta's capital expenditure was 9.5 billion dollars in Q2 2024
    # why: 000 "was 8,5 Milliarden Dollar erreichte" refutes 9.5; @xfail must not make a false claim count as passing.
    Then capex_q2_2024 is 9.5 billion dollars

  @expect_fail @cls_tags @disputed
  Scenario: Meta's 2024 capital expenditure guidance was 37 to 40 billion dollars
    # why: sources do disagree (001/002 "37 bis 40 Milliarden US-Dollar" vs 003 "60 bis 65 Milliarden US-Dollar" for 2024), but the @disputed description is just "." — names no source.
    .

    Then capex_forecast_2024 is 37 to 40 billion dollars

  @expect_fail @cls_tags @disputed
  Scenario: Meta's 2024 capital expenditure would be 37 to 40 billion dollars
    # why: 003 "60 bis 65 Milliarden US-Dollar" refutes the 001/002 figure, but the description names no source id on either side.
    The sources disagree about the 2024 forecast.

    Then capex_forecast_2024 is between 37 and 40 billion dollars

  @expect_fail @cls_tags @disputed
  Scenario: Meta planned 60 to 65 billion dollars of capital expenditure for 2024
    # why: only 003 says "für 2024 ... 60 bis 65 Milliarden US-Dollar"; 001, 002 ("37 bis 40") and 004 ("zwischen 35 und 40") refute it; @disputed with no description at all.
    Then capex_forecast_2024 is 60 to 65 billion dollars

  @expect_fail @cls_tags @disputed
  Scenario: Meta took in about 39 billion dollars in Q2 2024, disputed
    # why: no source refutes it — 001 "39 Milliarden Dollar Umsatz" and 002 "Umsatz von 39 Milliarden Dollar" agree — and @disputed fails once no source refutes.
    001 and 002 both report the revenue; 001 in a news piece, 002 in a longer analysis.

    Then revenue_q2_2024 is about 39 billion dollars

  @expect_fail @cls_tags @disputed
  Scenario: Meta forecast 37 to 40 billion dollars of capital expenditure for the year
    # why: 003 "60 bis 65" refutes and 001/002 "37 bis 40" support, but the description names a source on one side only (003).
    003 dates a plan of 60 to 65 billion dollars to 2024.

    Then capex_forecast_2024 is 37 to 40 billion dollars

  @expect_fail @cls_tags @false
  Scenario: Llama 3 needed about 16,000 GPUs for training
    # why: tagged @false, but 002 "etwa 16.000 GPUs" supports it — a debunking that the source contradicts.
    Then llama3_training_gpus is about 16,000 GPUs

  @expect_fail @cls_tags @false
  Scenario: Meta will have about 340,000 GPUs by the end of 2024
    # why: tagged @false, but 002 "auf über 340.000 GPUs" does not firmly refute "about 340,000" (340,000–345,000 is allowed by both) — no firm refutation.
    Then gpus_by_end_2024 is about 340,000 GPUs

  @expect_fail @cls_tags @false
  Scenario: Llama 4 needs more than 160,000 GPUs
    # why: tagged @false, but only hedged 001 ("dürfte Meta mit knapp 160.000 GPUs planen") refutes it; 002 "rund 160.000" allows more than 160,000 — no firm refutation.
    Then llama4_training_gpus is more than 160,000 GPUs

  @expect_fail @cls_tags @false
  Scenario: Meta put its 2024 capital expenditure plan at 60 to 65 billion dollars
    # why: tagged @false; 001/002 refute it but 003 "für 2024 geplanten ... 60 bis 65 Milliarden US-Dollar" supports it — @false requires that no source supports.
    Then capex_forecast_2024 is 60 to 65 billion dollars

  @expect_fail @cls_tags @false
  Scenario: Meta releases its Llama models openly
    # why: tagged @false, but 002 "Ein wesentlicher Bestandteil von Meta's Strategie ist die Bereitstellung von Open-Source-Modellen" supports it.
    Then open_source_strategy holds

  @expect_fail @cls_tags @disputed
  Scenario: Meta's core AI tools lifted engagement, disputed
    # why: no source refutes — 001 "soll das Engagement ... erhöht haben", 002 "haben das Engagement der Nutzer deutlich erhöht" — so @disputed must fail.
    001 reports it as Zuckerberg's claim, 002 states it as fact.

    Then core_ai_raised_engagement holds

  @expect_fail @cls_tags @xfail
  Scenario: Meta does not expect capital expenditure to rise in 2025
    # why: 000 "Erhöhte Kapitalausgaben werden im Jahr 2025 ... erwartet", 001 "„erheblich“ steigende Ausgaben", 004 "weiter steigen werden" refute it; @xfail must not hide that.
    Then capex_rise_2025_expected does not hold
