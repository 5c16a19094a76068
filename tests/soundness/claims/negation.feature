Feature: Soundness — negation
  "is not X" is the complement of X: where the source says X it refutes the negated claim.
  Expectations written from the seeds before the tool was run.

  @expect_fail @cls_negation
  Scenario: Meta's H100 clusters do not hold 24,000 GPUs
    # why: 002 "Bereits jetzt verfügt das Unternehmen über Cluster mit 24.000 Nvidia H100 GPUs."
    Then h100_cluster_gpus is not 24,000 GPUs

  @expect_fail @cls_negation
  Scenario: Llama 3 was not trained on about 16,000 GPUs
    # why: 002 "für das Training von Llama 3 etwa 16.000 GPUs verwendet".
    Then llama3_training_gpus is not about 16,000 GPUs

  @expect_fail @cls_negation
  Scenario: Meta's capital expenditure was not 8.5 billion dollars in Q2 2024
    # why: 000 "was 8,5 Milliarden Dollar erreichte".
    Then capex_q2_2024 is not 8.5 billion dollars

  @expect_fail @cls_negation
  Scenario: Meta's Q2 2024 revenue was not 39 billion dollars
    # why: 001 "39 Milliarden Dollar Umsatz", 002 "einen Umsatz von 39 Milliarden Dollar".
    Then revenue_q2_2024 is not 39 billion dollars

  @expect_fail @cls_negation
  Scenario: It is not 3.2 billion people who use Meta's apps daily
    # why: 001 "Zudem sollen 3,2 Milliarden Menschen täglich eine der Meta-Apps nutzen."
    Then daily_users_meta_apps is not 3.2 billion people

  @expect_fail @cls_negation
  Scenario: Meta's capital expenditure did not rise 33 percent in Q2 2024
    # why: 000 "Metas Kapitalausgaben stiegen im Q2 2024 um 33%".
    Then capex_q2_2024_growth is not 33 %

  @expect_fail @cls_negation
  Scenario: Meta's share price was not 475 dollars before the Q2 2024 results
    # why: 001 "kletterte die Meta-Aktie nachbörslich von 475 auf rund 510 Dollar".
    Then share_price_before_q2_2024_results is not 475 dollars

  @expect_fail @cls_negation
  Scenario: Llama 3.1 does not have 405 billion parameters
    # why: 000 and 002 "405 Milliarden Parametern".
    Then llama31_parameters is not 405 billion parameters

  @expect_fail @cls_negation
  Scenario: Training Llama 4 does not take 10 times the compute of Llama 3
    # why: 000 "zehn Mal mehr Rechenleistung erfordern wird als Llama 3" and "10-fache Erhöhung der Rechenleistung".
    Then llama4_vs_llama3_compute_multiple is not 10 times

  @expect_fail @cls_negation
  Scenario: Meta will not use more than 1.3 million GPUs by the end of 2025
    # why: 003 "die über 1, 3 Millionen GPUs nutzen wird".
    Then gpus_online_by_end_2025 is not more than 1.3 million GPUs

  @expect_fail @cls_negation
  Scenario: Meta does not plan a 2 GW data centre
    # why: 003 "plant Meta den Bau eines riesigen 2-Gigawatt-Rechenzentrums".
    Then datacenter_power_planned is not 2 GW

  @expect_fail @cls_negation
  Scenario: Stargate is not a 500 billion dollar initiative
    # why: 003 "Präsident Trumps ehrgeizige 500-Milliarden-Dollar-Stargate-Initiative".
    Then stargate_investment is not 500 billion dollars
