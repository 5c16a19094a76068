# language: de
Funktionalität: Soundness — wahre Kontrollbehauptungen auf Deutsch
  Behauptungen, die ein sorgfältiger Faktenprüfer wahr nennen würde, jeweils von einer
  einzigen Quelle fest gestützt, mit der dokumentierten Schrittgrammatik. Erwartungen aus den
  Quellen geschrieben, bevor das Werkzeug lief.

  @expect_pass @cls_control
  Szenario: Für Llama 3 wurden etwa 16.000 GPUs verwendet
    # why: 002 "für das Training von Llama 3 etwa 16.000 GPUs verwendet" — wörtlich, mit demselben Qualifikator.
    Dann beträgt llama3_training_gpus etwa 16.000 GPUs

  @expect_pass @cls_control
  Szenario: Für Llama 4 werden rund 160.000 GPUs benötigt
    # why: 002 "also rund 160.000 GPUs, benötigt werden" stützt fest; 001 "dürfte Meta mit knapp 160.000 GPUs planen" (gehedgt, 155.000–160.000) legt es nahe.
    Dann beträgt llama4_training_gpus rund 160.000 GPUs
    Und Quelle 002 stützt sie
    Und Quelle 001 legt sie nahe

  @expect_pass @cls_control
  Szenario: Llama 4 braucht fast zehnmal so viele GPUs wie Llama 3
    # why: 002 "sollen für Llama 4 fast zehnmal so viele ... benötigt werden".
    Dann ist llama4_training_gpus fast zehnmal so groß wie llama3_training_gpus

  @expect_pass @cls_control
  Szenario: Metas H100-Cluster umfassen 24.000 GPUs
    # why: 002 "Bereits jetzt verfügt das Unternehmen über Cluster mit 24.000 Nvidia H100 GPUs."
    Dann beträgt h100_cluster_gpus 24.000 GPUs

  @expect_pass @cls_control
  Szenario: Metas H100-Cluster umfassen mindestens 24.000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — genau 24.000, also mindestens 24.000.
    Dann beträgt h100_cluster_gpus mindestens 24.000 GPUs

  @expect_pass @cls_control
  Szenario: Metas H100-Cluster umfassen nicht 25.000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — 24.000 ist nicht 25.000.
    Dann beträgt h100_cluster_gpus nicht 25.000 GPUs

  @expect_pass @cls_control
  Szenario: Bis Ende 2024 sollen es über 340.000 GPUs werden
    # why: 002 "Diese sollen bis Ende 2024 auf über 340.000 GPUs erweitert werden." — wörtlich.
    Dann beträgt gpus_by_end_2024 über 340.000 GPUs

  @expect_pass @cls_control
  Szenario: Die Investitionsausgaben stiegen im zweiten Quartal 2024 um 33 Prozent
    # why: 000 "Metas Kapitalausgaben stiegen im Q2 2024 um 33%".
    Dann beträgt capex_q2_2024_growth 33 %

  @expect_pass @cls_control
  Szenario: Die Investitionsausgaben erreichten im zweiten Quartal 2024 8,5 Milliarden Dollar
    # why: 000 "was 8,5 Milliarden Dollar erreichte".
    Dann beträgt capex_q2_2024 8,5 Milliarden Dollar

  @expect_pass @cls_control
  Szenario: Die Investitionsausgaben lagen im ersten Quartal 2024 bei 6,7 Milliarden Dollar
    # why: 004 "6,7 Milliarden US-Dollar betrugen".
    Dann beträgt capex_q1_2024 6,7 Milliarden Dollar

  @expect_pass @cls_control
  Szenario: Im Vorjahresquartal lagen die Investitionsausgaben bei 7,09 Milliarden Dollar
    # why: 004 "gegenüber 7,09 Milliarden US-Dollar zum gleichen Zeitpunkt des Vorjahres".
    Dann beträgt capex_q1_2023 7,09 Milliarden Dollar

  @expect_pass @cls_control
  Szenario: Die Investitionsausgaben im ersten Quartal 2024 waren kleiner als im Vorjahresquartal
    # why: 004 "ein Rückgang gegenüber 7,09 Milliarden US-Dollar".
    Dann ist capex_q1_2024 kleiner als capex_q1_2023

  @expect_pass @cls_control
  Szenario: Analysten hatten 51 bis 53 Milliarden Dollar erwartet
    # why: 003 "Analysten hatten zuvor mit Ausgaben im Bereich von 51 bis 53 Milliarden US-Dollar gerechnet."
    Dann beträgt analyst_capex_expectation_jan_2025 51 bis 53 Milliarden Dollar

  @expect_pass @cls_control
  Szenario: Meta plant für 2025 bis zu 65 Milliarden Dollar
    # why: 003 "dass Meta in diesem Jahr bis zu 65 Milliarden US-Dollar in Investitionen investieren wird" — wörtlich.
    Dann beträgt capex_plan_2025 bis zu 65 Milliarden Dollar

  @expect_pass @cls_control
  Szenario: Meta gab 2024 rund 38 Milliarden Dollar aus
    # why: 003 "den 38 Milliarden Dollar ..., die Meta im letzten Jahr ausgegeben hat".
    Dann beträgt capex_2024_actual rund 38 Milliarden Dollar

  @expect_pass @cls_control
  Szenario: Der Umsatz im zweiten Quartal 2024 betrug 39 Milliarden Dollar
    # why: 001 "39 Milliarden Dollar Umsatz", 002 "einen Umsatz von 39 Milliarden Dollar".
    Dann beträgt revenue_q2_2024 39 Milliarden Dollar
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_control
  Szenario: 3,2 Milliarden Menschen nutzen täglich eine Meta-App
    # why: 001 "Zudem sollen 3,2 Milliarden Menschen täglich eine der Meta-Apps nutzen."
    Dann beträgt daily_users_meta_apps 3,2 Milliarden Menschen

  @expect_pass @cls_control
  Szenario: Die Meta-Aktie stieg nach den Q2-Zahlen um gut 7 Prozent
    # why: 001 "ein Plus von gut sieben Prozent" — wörtlich.
    Dann stieg share_price_after_q2_2024_results um gut 7 % gegenüber share_price_before_q2_2024_results

  @expect_pass @cls_control
  Szenario: Die Aktie lag vor den Q2-Zahlen bei 475 Dollar
    # why: 001 "kletterte die Meta-Aktie nachbörslich von 475 auf rund 510 Dollar".
    Dann beträgt share_price_before_q2_2024_results 475 Dollar

  @expect_pass @cls_control
  Szenario: Die Aktie lag vor den Q2-Zahlen bei mindestens 475 Dollar
    # why: 001 "von 475 auf rund 510 Dollar" — genau 475, also mindestens 475.
    Dann beträgt share_price_before_q2_2024_results mindestens 475 Dollar

  @expect_pass @cls_control
  Szenario: Die Aktien fielen nach den Zahlen im April 2024 um ca. 15 Prozent
    # why: 004 "Die Aktien des Unternehmens fielen um ca. 15 Prozent" — wörtlich.
    Dann beträgt share_drop_after_q1_2024_results ca. 15 Prozent

  @expect_pass @cls_control
  Szenario: Microsoft plant rund 80 Milliarden Dollar zu investieren
    # why: 003 "So plant Microsoft beispielsweise, rund 80 Milliarden Dollar zu investieren".
    Dann beträgt microsoft_ai_investment_plan rund 80 Milliarden Dollar

  @expect_pass @cls_control
  Szenario: Die Stargate-Initiative umfasst 500 Milliarden Dollar
    # why: 003 "Präsident Trumps ehrgeizige 500-Milliarden-Dollar-Stargate-Initiative".
    Dann beträgt stargate_investment 500 Milliarden Dollar

  @expect_pass @cls_control
  Szenario: Meta plant ein Rechenzentrum mit 2 GW
    # why: 003 "plant Meta den Bau eines riesigen 2-Gigawatt-Rechenzentrums".
    Dann beträgt datacenter_power_planned 2 GW

  @expect_pass @cls_control
  Szenario: Bis Ende 2025 geht etwa 1 GW neue Rechenleistung in Betrieb
    # why: 003 "Bis zum Jahresende werden etwa 1 Gigawatt neue Rechenleistung in Betrieb sein".
    Dann beträgt compute_online_by_end_2025 etwa 1 GW

  @expect_pass @cls_control
  Szenario: Meta rechnet 2024 nicht mit bedeutenden Umsätzen aus generativer KI
    # why: 000 "Das Unternehmen erwartet jedoch keine bedeutenden Beiträge von generativer KI zu den Einnahmen".
    Dann trifft no_significant_genai_revenue_2024 zu
    Und Quelle 000 stützt sie

  @expect_pass @cls_control
  Szenario: Llama 4 ist für 2025 angekündigt
    # why: 001 "Llama 4, die für 2025 angekündigte neue Version", 002 "das für das Jahr 2025 erwartet wird".
    Dann trifft llama4_planned_for_2025 zu
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_control
  Szenario: Die Core-AI-Tools haben das Engagement der Nutzer erhöht
    # why: 002 "Die von Zuckerberg als Core-AI bezeichneten Tools ... haben das Engagement der Nutzer deutlich erhöht."
    Dann trifft core_ai_raised_engagement zu
    Und Quelle 002 stützt sie

  @expect_pass @cls_control
  Szenario: Die Investoren waren von Metas KI-Plänen angetan
    # why: 002 "Trotz der hohen Kosten sind die Investoren von Meta's KI-Plänen begeistert."
    Dann trifft investors_pleased_after_q2_2024 zu

  @expect_pass @cls_control
  Szenario: Verfügbare Energie begrenzt die Größe von Metas Rechenzentren
    # why: 004 "das Unternehmen würde noch größere Cluster von Rechenzentren bauen, wenn es die Energie dafür aufbringen könnte".
    Dann trifft energy_limits_datacenter_size zu

  @expect_pass @cls_control @disputed
  Szenario: Im Juli rechnete Meta für 2024 mit Investitionen von 37 bis 40 Milliarden Dollar
    # why: 001 "auf 37 bis 40 Milliarden US-Dollar belaufen" und 002 "Ausgaben von 37 bis 40 Milliarden US-Dollar" stützen fest; 003 widerspricht, der Tag ist mit Quellen auf beiden Seiten begründet.
    001 und 002 nennen für 2024 37 bis 40 Milliarden Dollar. Dagegen datiert 003 den Plan von
    60 bis 65 Milliarden Dollar auf 2024 (tatsächlich der Plan für 2025), und 004 nannte im
    April 35 bis 40 Milliarden Dollar.

    Dann beträgt capex_forecast_2024 37 bis 40 Milliarden Dollar
    Und Quelle 002 stützt sie

  @expect_pass @cls_control @false
  Szenario: Meta setzte im zweiten Quartal 2024 nur 39 Millionen Dollar um
    # why: korrekt als @false markiert — 001/002 "39 Milliarden Dollar" widerlegen 39 Millionen fest; keine Quelle stützt es.
    Dann beträgt revenue_q2_2024 39 Millionen Dollar
