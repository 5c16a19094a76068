Feature: Soundness — true controls
  Claims a careful fact-checker would call true, each supported firmly within a single source
  (source-count steps apart), using only the documented step grammar. Correctly tagged @false
  claims, refuted firmly by a source and supported by none, are controls too.
  Expectations written from the seeds before the tool was run.

  @expect_pass @cls_control
  Scenario: About 16,000 GPUs trained Llama 3
    # why: 002 "für das Training von Llama 3 etwa 16.000 GPUs verwendet" — the same qualifier, word for word.
    Then llama3_training_gpus is about 16,000 GPUs
    And source 002 supports it

  @expect_pass @cls_control
  Scenario: Llama 3 was trained on 15,000 to 17,000 GPUs
    # why: 002 "etwa 16.000 GPUs" allows 15,500–16,500, inside 15,000–17,000.
    Then llama3_training_gpus is 15,000 to 17,000 GPUs

  @expect_pass @cls_control
  Scenario: Llama 3's training used about 16 000 GPUs
    # why: 002 "etwa 16.000 GPUs"; a space groups thousands in both languages (DESIGN), so "16 000" is sixteen thousand.
    Then llama3_training_gpus is about 16 000 GPUs

  @expect_pass @cls_control
  Scenario: Llama 4 needs nearly 10 times as many GPUs as Llama 3
    # why: 002 "etwa 16.000 GPUs ... fast zehnmal so viele, also rund 160.000 GPUs" — nearly ten times, word for word.
    Then llama4_training_gpus is nearly 10 times llama3_training_gpus
    And source 002 supports it

  @expect_pass @cls_control
  Scenario: Zuckerberg says Llama 4 needs nearly 10 times the GPUs of Llama 3
    # why: 001 "So sollen allein für das Training von Llama 4 fast zehnmal mehr GPUs benötigt werden" (reported plan, not hedged) and 002 "fast zehnmal so viele".
    Then llama4_vs_llama3_gpu_multiple is nearly 10 times
    And at least 2 sources support it

  @expect_pass @cls_control
  Scenario: Training Llama 4 takes about 10 times the compute of Llama 3
    # why: 000 "zehn Mal mehr Rechenleistung" and "10-fache Erhöhung" = 10, inside "about 10" (9–11).
    Then llama4_vs_llama3_compute_multiple is about 10 times
    And source 000 supports it

  @expect_pass @cls_control
  Scenario: Llama 4 needs between 150,000 and 170,000 GPUs
    # why: 002 "also rund 160.000 GPUs" (155,000–165,000) lies inside; 001's hedged "dürfte ... knapp 160.000" suggests it too.
    Then llama4_training_gpus is between 150,000 and 170,000 GPUs
    And source 002 supports it
    And source 001 suggests it

  @expect_pass @cls_control
  Scenario: Meta's H100 clusters hold at least 24,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — exactly 24,000, which is at least 24,000 (closed bound).
    Then h100_cluster_gpus is at least 24,000 GPUs

  @expect_pass @cls_control
  Scenario: Meta's H100 clusters hold at most 24,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — exactly 24,000 (closed bound).
    Then h100_cluster_gpus is at most 24,000 GPUs

  @expect_pass @cls_control
  Scenario: Meta's H100 clusters hold about 24,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — 24,000 lies in "about 24,000" (23,500–24,500).
    Then h100_cluster_gpus is about 24,000 GPUs

  @expect_pass @cls_control
  Scenario: Meta's H100 clusters hold 24 thousand GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs"; "24 thousand" with a scale word is 23,500–24,500, containing 24,000.
    Then h100_cluster_gpus is 24 thousand GPUs

  @expect_pass @cls_control
  Scenario: Meta plans at least 340,000 GPUs by the end of 2024
    # why: 002 "auf über 340.000 GPUs erweitert" — more than 340,000 is at least 340,000.
    Then gpus_by_end_2024 is at least 340,000 GPUs

  @expect_pass @cls_control
  Scenario: Meta's end-2024 GPU count is more than 10 times its H100 clusters
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" to "über 340.000 GPUs" = more than 14 times.
    Then gpus_by_end_2024 is more than 10 times h100_cluster_gpus

  @expect_pass @cls_control
  Scenario: Llama 3 used fewer GPUs than Meta's H100 clusters hold
    # why: 002 "etwa 16.000 GPUs" for Llama 3 < "Cluster mit 24.000 Nvidia H100 GPUs".
    Then llama3_training_gpus is less than h100_cluster_gpus

  @expect_pass @cls_control
  Scenario: Meta's end-2024 GPU fleet exceeds what Llama 4 needs
    # why: 002 "über 340.000 GPUs" > "rund 160.000 GPUs".
    Then gpus_by_end_2024 is greater than llama4_training_gpus

  @expect_pass @cls_control
  Scenario: Llama 4 needs more GPUs than Llama 3
    # why: 002 "rund 160.000 GPUs" > "etwa 16.000 GPUs".
    Then llama4_training_gpus is greater than llama3_training_gpus

  @expect_pass @cls_control
  Scenario: Llama 3.1 counts at least 400 billion parameters
    # why: 000 "mit 405 Milliarden Parametern" and 002 "mit beeindruckenden 405 Milliarden Parametern".
    Then llama31_parameters is at least 400 billion parameters
    And at least 2 sources support it

  @expect_pass @cls_control
  Scenario: Capital expenditure reached 8.5 billion dollars in Q2 2024
    # why: 000 "was 8,5 Milliarden Dollar erreichte".
    Then capex_q2_2024 is 8.5 billion dollars

  @expect_pass @cls_control
  Scenario: Capital expenditure grew by about 33 percent in Q2 2024
    # why: 000 "Anstieg der Kapitalausgaben von 33%" — 33 lies in "about 33 %" (32.5–33.5).
    Then capex_q2_2024_growth is about 33 %

  @expect_pass @cls_control
  Scenario: Capital expenditure grew by at least 33 percent in Q2 2024
    # why: 000 "stiegen im Q2 2024 um 33%" — exactly 33, at least 33 (closed bound).
    Then capex_q2_2024_growth is at least 33 %

  @expect_pass @cls_control
  Scenario: Capital expenditure was 6.7 billion dollars in Q1 2024
    # why: 004 "6,7 Milliarden US-Dollar betrugen".
    Then capex_q1_2024 is 6.7 billion dollars
    And source 004 supports it

  @expect_pass @cls_control
  Scenario: Q1 2024 capital expenditure was below the year before
    # why: 004 "6,7 Milliarden US-Dollar ..., ein Rückgang gegenüber 7,09 Milliarden US-Dollar".
    Then capex_q1_2024 is less than capex_q1_2023

  @expect_pass @cls_control
  Scenario: Q1 2024 capital expenditure fell by more than 4 percent year on year
    # why: 004 6,7 vs 7,09 Milliarden US-Dollar = a fall of 4.7–6.3 %.
    Then capex_q1_2024 fell by more than 4 % from capex_q1_2023

  @expect_pass @cls_control
  Scenario: Q1 2024 capital expenditure fell by less than 7 percent year on year
    # why: 004 6,7 vs 7,09 Milliarden US-Dollar = a fall of 4.7–6.3 %.
    Then capex_q1_2024 fell by less than 7 % from capex_q1_2023

  @expect_pass @cls_control
  Scenario: Meta's capital expenditure in 2024 was 38 billion dollars
    # why: 003 "den 38 Milliarden Dollar ..., die Meta im letzten Jahr ausgegeben hat" (article of January 2025).
    Then capex_2024_actual is 38 billion dollars
    And source 003 supports it

  @expect_pass @cls_control
  Scenario: Zuckerberg's plan for 2025 runs up to 65 billion dollars
    # why: 003 "dass Meta in diesem Jahr bis zu 65 Milliarden US-Dollar in Investitionen investieren wird" — word for word.
    Then capex_plan_2025 is up to 65 billion dollars

  @expect_pass @cls_control
  Scenario: The 2025 capital expenditure plan is less than 2 times the 2024 spending
    # why: 003 65 bn vs "den 38 Milliarden Dollar" = about 1.7 times, below 2.
    Then capex_plan_2025 is less than 2 times capex_2024_actual

  @expect_pass @cls_control
  Scenario: The 2025 plan exceeds Meta's 2024 spending
    # why: 003 "einen erheblichen Anstieg im Vergleich zu den 38 Milliarden Dollar"; plan "bis zu 65 Milliarden" / headline 65 bn.
    Then capex_plan_2025 is greater than capex_2024_actual

  @expect_pass @cls_control
  Scenario: Analysts had expected between 51 and 53 billion dollars
    # why: 003 "im Bereich von 51 bis 53 Milliarden US-Dollar".
    Then analyst_capex_expectation_jan_2025 is between 51 and 53 billion dollars

  @expect_pass @cls_control
  Scenario: Analysts expected less than Meta's 2025 plan
    # why: 003 analysts "51 bis 53 Milliarden US-Dollar" < the 65 bn plan.
    Then analyst_capex_expectation_jan_2025 is less than capex_plan_2025

  @expect_pass @cls_control
  Scenario: Meta's Q2 2024 revenue was 39 billion dollars
    # why: 001 "39 Milliarden Dollar Umsatz" and 002 "einen Umsatz von 39 Milliarden Dollar".
    Then revenue_q2_2024 is 39 billion dollars
    And at least 2 sources support it

  @expect_pass @cls_control
  Scenario: Meta's Q2 2024 revenue was about 3 times its net income
    # why: 001/002 "39 Milliarden Dollar" revenue / "13,5 Milliarden Dollar" net income = 2.84–2.94, inside about 3 (2.7–3.3).
    Then revenue_q2_2024 is about 3 times net_income_q2_2024

  @expect_pass @cls_control
  Scenario: Meta's net income was 13.5 billion dollars in Q2 2024
    # why: 001/002 "einen Nettogewinn von 13,5 Milliarden Dollar".
    Then net_income_q2_2024 is 13.5 billion dollars

  @expect_pass @cls_control
  Scenario: Revenue grew by more than net income in Q2 2024
    # why: 001 "Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar" — 7 > 5.7.
    Then revenue_increase_q2_2024_yoy is greater than net_income_increase_q2_2024_yoy

  @expect_pass @cls_control
  Scenario: Revenue grew by 7 billion dollars year on year in Q2 2024
    # why: 001 "Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar gegenüber dem Vorjahresquartal".
    Then revenue_increase_q2_2024_yoy is 7 billion dollars

  @expect_pass @cls_control
  Scenario: More than 3 billion people use Meta's apps every day
    # why: 001 "3,2 Milliarden Menschen täglich".
    Then daily_users_meta_apps is more than 3 billion people

  @expect_pass @cls_control
  Scenario: It is not 3.5 billion people who use Meta's apps daily
    # why: 001 "3,2 Milliarden Menschen" — outside 3.45–3.55 bn, so "not 3.5 billion" holds.
    Then daily_users_meta_apps is not 3.5 billion people

  @expect_pass @cls_control
  Scenario: Threads has about 200 million monthly users
    # why: 001 "mit 200 Millionen aktiven monatlichen Nutzer:innen".
    Then threads_monthly_active_users is about 200 million users

  @expect_pass @cls_control
  Scenario: Threads has about half as many users as X
    # why: 001 "schon halb so viele Nutzer:innen haben wie Musks Kurznachrichtendienst" — 0.5, inside about 0.5.
    Then threads_vs_x_user_multiple is about 0.5 times

  @expect_pass @cls_control
  Scenario: Meta's shares rose by more than 7 percent after the Q2 2024 results
    # why: 001 "ein Plus von gut sieben Prozent" — DESIGN's own example: "more than 7 %" is supported by "gut sieben Prozent".
    Then share_price_after_q2_2024_results rose by more than 7 % over share_price_before_q2_2024_results

  @expect_pass @cls_control
  Scenario: Meta's shares rose about 7 percent after the Q2 2024 results
    # why: 001 "gut sieben Prozent" (7–7.5) lies inside "about 7 %" (6.5–7.5).
    Then share_price_after_q2_2024_results rose by about 7 % over share_price_before_q2_2024_results

  @expect_pass @cls_control
  Scenario: Meta's shares traded higher after the Q2 2024 results than before
    # why: 001 "kletterte die Meta-Aktie nachbörslich von 475 auf rund 510 Dollar".
    Then share_price_after_q2_2024_results is greater than share_price_before_q2_2024_results

  @expect_pass @cls_control
  Scenario: The Q1 2024 share drop was between 14 and 16 percent
    # why: 004 "fielen um ca. 15 Prozent" (14.5–15.5).
    Then share_drop_after_q1_2024_results is between 14 and 16 %

  @expect_pass @cls_control
  Scenario: The Q1 2024 share drop erased more than 150 billion dollars of market value
    # why: 004 "Wertverlust des Unternehmens um 200 Milliarden US-Dollar".
    Then market_value_loss_after_q1_2024_results is more than 150 billion dollars

  @expect_pass @cls_control
  Scenario: Meta's shares gained at least 2 percent on the day of the 2025 plan
    # why: 003 "einen bemerkenswerten Aufwärtstrend von 2 %" — exactly 2, at least 2.
    Then share_gain_after_2025_capex_plan is at least 2 %

  @expect_pass @cls_control
  Scenario: Meta plans a data centre of about 2 GW
    # why: 003 "den Bau eines riesigen 2-Gigawatt-Rechenzentrums".
    Then datacenter_power_planned is about 2 GW

  @expect_pass @cls_control
  Scenario: Meta's new compute online by the end of 2025 is less than its planned data centre
    # why: 003 "etwa 1 Gigawatt neue Rechenleistung" < "2-Gigawatt-Rechenzentrums".
    Then compute_online_by_end_2025 is less than datacenter_power_planned

  @expect_pass @cls_control
  Scenario: Meta will use more than 1 million GPUs by the end of 2025
    # why: 003 "über 1, 3 Millionen GPUs" and headline "1,3 Millionen GPUs".
    Then gpus_online_by_end_2025 is more than 1 million GPUs

  @expect_pass @cls_control
  Scenario: Microsoft's planned investment exceeds Meta's 2024 spending
    # why: 003 Microsoft "rund 80 Milliarden Dollar" > Meta "den 38 Milliarden Dollar ... im letzten Jahr".
    Then microsoft_ai_investment_plan is greater than capex_2024_actual

  @expect_pass @cls_control
  Scenario: Stargate is more than 5 times Microsoft's planned investment
    # why: 003 "500-Milliarden-Dollar-Stargate-Initiative" vs Microsoft "rund 80 Milliarden Dollar" = about 6 times.
    Then stargate_investment is more than 5 times microsoft_ai_investment_plan

  @expect_pass @cls_control
  Scenario: OpenAI spends 3 billion dollars on training and 4 billion on leased servers
    # why: 000 "3 Milliarden Dollar für Modellschulung und zusätzliche 4 Milliarden Dollar für ermäßigte Server-Verpachtungen".
    Then openai_training_spend is 3 billion dollars
    And openai_server_lease_spend is 4 billion dollars

  @expect_pass @cls_control
  Scenario: Llama 3.1 is Meta's largest open-source model so far
    # why: 000 "markiert einen bedeutenden Meilenstein als größtes Open-Source-Modell des Unternehmens bisher".
    Then llama31_largest_open_model holds
    And source 000 supports it

  @expect_pass @cls_control
  Scenario: Meta expects capital expenditure to keep rising in 2025
    # why: 000 "Erhöhte Kapitalausgaben werden im Jahr 2025 ... erwartet", 001 "„erheblich“ steigende Ausgaben ... im kommenden Jahr", 004 "im nächsten Jahr weiter steigen werden".
    Then capex_rise_2025_expected holds
    And at least 3 sources support it

  @expect_pass @cls_control
  Scenario: Meta aims to become the leading AI company
    # why: 004 "um „ das weltweit führende KI-Unternehmen“ zu werden"; 001 "Meta will an die KI-Spitze"; 002 "eine führende Rolle"; no source says otherwise.
    Then meta_aims_to_lead_ai holds
    And no source refutes it

  @expect_pass @cls_control
  Scenario: Zuckerberg chose to release the Llama model as open source
    # why: 003 "hat sich Zuckerberg dafür entschieden, das grundlegende Llama-KI-Modell als Open Source bereitzustellen".
    Then open_source_strategy holds
    And source 003 supports it

  @expect_pass @cls_control
  Scenario: India is Meta's biggest chatbot market
    # why: 000 "wobei Indien als der größte Markt für seinen Chatbot hervorgehoben wird".
    Then india_largest_chatbot_market holds

  @expect_pass @cls_control
  Scenario: Meta's long-term goal is artificial general intelligence
    # why: 002 "dass das langfristige Ziel von Meta die Entwicklung einer künstlichen allgemeinen Intelligenz (AGI) ist".
    Then agi_long_term_goal holds
    And source 002 supports it

  @expect_pass @cls_control @false
  Scenario: Llama 3 was trained on about 160,000 GPUs
    # why: correctly tagged @false — 002 "für das Training von Llama 3 etwa 16.000 GPUs" refutes 160,000 firmly; no source supports it.
    Then llama3_training_gpus is about 160,000 GPUs

  @expect_pass @cls_control @false
  Scenario: Meta's capital expenditure rose in Q1 2024 compared with a year earlier
    # why: correctly tagged @false — 004 "ein Rückgang gegenüber 7,09 Milliarden US-Dollar" refutes it; no source supports it.
    Then capex_q1_2024 is greater than capex_q1_2023

  @expect_pass @cls_control @false
  Scenario: Meta counts on significant generative AI revenue in 2024
    # why: correctly tagged @false — 000 "erwartet jedoch keine bedeutenden Beiträge von generativer KI zu den Einnahmen" and 001 "keinerlei Umsatz mit KI" refute it.
    Then no_significant_genai_revenue_2024 does not hold

  @expect_pass @cls_control @false
  Scenario: Threads has more users than X
    # why: correctly tagged @false — 001 "schon halb so viele Nutzer:innen ... wie Musks Kurznachrichtendienst" = 0.5 times, not more than 1.
    Then threads_vs_x_user_multiple is more than 1 times

  @expect_pass @cls_control @false
  Scenario: Llama 3.1 has only 405 million parameters
    # why: correctly tagged @false — 000 and 002 "405 Milliarden Parametern" refute 405 million.
    Then llama31_parameters is 405 million parameters

  @expect_pass @cls_control @false
  Scenario: Training Llama 4 takes less compute than Llama 3
    # why: correctly tagged @false — 000 "zehn Mal mehr Rechenleistung" refutes a multiple below 1.
    Then llama4_vs_llama3_compute_multiple is less than 1 times

  @expect_pass @cls_control @false
  Scenario: Meta's H100 clusters hold 240,000 GPUs
    # why: correctly tagged @false — 002 "Cluster mit 24.000 Nvidia H100 GPUs" refutes 240,000.
    Then h100_cluster_gpus is 240,000 GPUs
