Feature: Soundness — statement facts negated or over-sourced
  Facts without numbers: "does not hold" where the sources state them, and support claimed
  from a source that does not state them. Expectations written from the seeds before the tool
  was run.

  @expect_fail @cls_statement
  Scenario: Meta expects meaningful revenue from generative AI this year
    # why: 000 "erwartet jedoch keine bedeutenden Beiträge von generativer KI zu den Einnahmen"; 001 "In diesem Jahr wird Meta ... keinerlei Umsatz mit KI machen".
    Then no_significant_genai_revenue_2024 does not hold

  @expect_fail @cls_statement
  Scenario: Meta does not release its Llama models as open source
    # why: 002 "Ein wesentlicher Bestandteil von Meta's Strategie ist die Bereitstellung von Open-Source-Modellen"; 003 "als Open Source bereitzustellen".
    Then open_source_strategy does not hold

  @expect_fail @cls_statement
  Scenario: Llama 4 is not planned for 2025
    # why: 001 "Llama 4, die für 2025 angekündigte neue Version"; 002 "das für das Jahr 2025 erwartet wird".
    Then llama4_planned_for_2025 does not hold

  @expect_fail @cls_statement
  Scenario: Meta does not expect higher capital expenditure in 2025
    # why: 000 "Erhöhte Kapitalausgaben werden im Jahr 2025 ... erwartet"; 004 "dass die Investitionsausgaben im nächsten Jahr weiter steigen werden".
    Then capex_rise_2025_expected does not hold

  @expect_fail @cls_statement
  Scenario: India is not the largest market for Meta's chatbot
    # why: 000 "wobei Indien als der größte Markt für seinen Chatbot hervorgehoben wird".
    Then india_largest_chatbot_market does not hold

  @expect_fail @cls_statement
  Scenario: AGI is not Meta's long-term goal
    # why: 002 "dass das langfristige Ziel von Meta die Entwicklung einer künstlichen allgemeinen Intelligenz (AGI) ist".
    Then agi_long_term_goal does not hold

  @expect_fail @cls_statement
  Scenario: Investors were unhappy with Meta's AI plans at the Q2 2024 results
    # why: 001 "Dass die Investor:innen dennoch mit den KI-Plänen des Meta-Konzerns zufrieden waren"; 002 "sind die Investoren von Meta's KI-Plänen begeistert".
    Then investors_pleased_after_q2_2024 does not hold

  @expect_fail @cls_statement
  Scenario: Energy does not limit how large Meta builds its data centres
    # why: 004 "das Unternehmen würde noch größere Cluster von Rechenzentren bauen, wenn es die Energie dafür aufbringen könnte".
    Then energy_limits_datacenter_size does not hold

  @expect_fail @cls_statement
  Scenario: The Llama 4 GPU article calls Llama 3.1 Meta's largest open model
    # why: 002 calls Llama 3.1 an "Open-Source-Modell mit beeindruckenden 405 Milliarden Parametern" but never "größtes"; only 000 says "größtes Open-Source-Modell".
    Then llama31_largest_open_model holds
    And source 002 supports it

  @expect_fail @cls_statement
  Scenario: Several sources call Meta's 2024 forecast its largest investment ever
    # why: only 004 "was es Metas größte Investition aller Zeiten wäre".
    Then capex_2024_record_high holds
    And at least 2 sources support it

  @expect_fail @cls_statement
  Scenario: The India claim comes from the short August report
    # why: only 000 mentions India ("Indien als der größte Markt für seinen Chatbot"); 001 says nothing about India.
    Then india_largest_chatbot_market holds
    And source 001 supports it
