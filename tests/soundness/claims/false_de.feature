# language: de
Funktionalität: Soundness — falsche Behauptungen auf Deutsch
  Dieselben Redaktionsfehler wie in den englischen Dateien, in deutschen Schritten.
  Erwartungen aus den Quellen geschrieben, bevor das Werkzeug lief.

  @expect_fail @cls_scale
  Szenario: Meta setzte im zweiten Quartal 2024 etwa 39 Mio. Dollar um
    # why: 001 "39 Milliarden Dollar Umsatz", 002 "Umsatz von 39 Milliarden Dollar" — Milliarden, nicht Millionen.
    Dann beträgt revenue_q2_2024 etwa 39 Mio. Dollar

  @expect_fail @cls_scale
  Szenario: Die Investitionsausgaben im ersten Quartal 2024 betrugen 6,7 Mio. Dollar
    # why: 004 "6,7 Milliarden US-Dollar betrugen" — Milliarden.
    Dann beträgt capex_q1_2024 6,7 Mio. Dollar

  @expect_fail @cls_scale
  Szenario: Llama 3.1 hat 405 Millionen Parameter
    # why: 000/002 "405 Milliarden Parametern" — Milliarden.
    Dann beträgt llama31_parameters 405 Millionen Parameter

  @expect_fail @cls_scale
  Szenario: Analysten hatten 51 bis 53 Mio. Dollar erwartet
    # why: 003 "im Bereich von 51 bis 53 Milliarden US-Dollar" — Milliarden.
    Dann beträgt analyst_capex_expectation_jan_2025 51 bis 53 Mio. Dollar

  @expect_fail @cls_scale
  Szenario: Meta nutzt bis Ende 2025 über 1,3 Mrd. GPUs
    # why: 003 "über 1, 3 Millionen GPUs", Überschrift "1,3 Millionen GPUs" — Millionen, nicht Milliarden.
    Dann beträgt gpus_online_by_end_2025 über 1,3 Mrd. GPUs

  @expect_fail @cls_qualifier
  Szenario: Metas H100-Cluster umfassen knapp 24.000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — genau 24.000; "knapp" schließt 24.000 aus.
    Dann beträgt h100_cluster_gpus knapp 24.000 GPUs

  @expect_fail @cls_qualifier
  Szenario: Llama 4 braucht gut zehnmal so viele GPUs wie Llama 3
    # why: 002 "fast zehnmal so viele" und 001 "fast zehnmal mehr GPUs" — knapp unter zehn, nicht über zehn.
    Dann ist llama4_training_gpus gut zehnmal so groß wie llama3_training_gpus

  @expect_fail @cls_qualifier
  Szenario: Die Investitionsausgaben stiegen im zweiten Quartal 2024 um gut 33 Prozent
    # why: 000 "Anstieg der Kapitalausgaben von 33%" — 33, nicht gut 33.
    Dann beträgt capex_q2_2024_growth gut 33 %

  @expect_fail @cls_qualifier
  Szenario: Die Meta-Aktie stieg nach den Q2-Zahlen um knapp 7 Prozent
    # why: 001 "ein Plus von gut sieben Prozent" — über sieben, nicht knapp darunter.
    Dann stieg share_price_after_q2_2024_results um knapp 7 % gegenüber share_price_before_q2_2024_results

  @expect_fail @cls_bound
  Szenario: Metas H100-Cluster umfassen über 24.000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — genau 24.000, nicht mehr.
    Dann beträgt h100_cluster_gpus über 24.000 GPUs

  @expect_fail @cls_bound
  Szenario: Bis Ende 2024 sollen es höchstens 340.000 GPUs sein
    # why: 002 "auf über 340.000 GPUs erweitert" — über, nicht höchstens.
    Dann beträgt gpus_by_end_2024 höchstens 340.000 GPUs

  @expect_fail @cls_bound
  Szenario: Die Aktie lag vor den Q2-Zahlen bei mehr als 475 Dollar
    # why: 001 "von 475 auf rund 510 Dollar" — vorher genau 475.
    Dann beträgt share_price_before_q2_2024_results mehr als 475 Dollar

  @expect_fail @cls_bound
  Szenario: Meta plant für 2025 bis zu 70 Milliarden Dollar
    # why: 003 "bis zu 65 Milliarden US-Dollar" — die Obergrenze ist 65, nicht 70.
    Dann beträgt capex_plan_2025 bis zu 70 Milliarden Dollar

  @expect_fail @cls_range
  Szenario: Analysten hatten 51 bis 55 Milliarden Dollar erwartet
    # why: 003 "im Bereich von 51 bis 53 Milliarden US-Dollar" — Obergrenze 53.
    Dann beträgt analyst_capex_expectation_jan_2025 51 bis 55 Milliarden Dollar

  @expect_fail @cls_range
  Szenario: Analysten rechneten mit 50 bis 53 Milliarden Dollar
    # why: 003 "im Bereich von 51 bis 53 Milliarden US-Dollar" — Untergrenze 51.
    Dann beträgt analyst_capex_expectation_jan_2025 zwischen 50 und 53 Milliarden Dollar

  @expect_fail @cls_negation
  Szenario: Der Nettogewinn im zweiten Quartal 2024 betrug nicht 13,5 Milliarden Dollar
    # why: 001/002 "einen Nettogewinn von 13,5 Milliarden Dollar".
    Dann beträgt net_income_q2_2024 nicht 13,5 Milliarden Dollar

  @expect_fail @cls_negation
  Szenario: Meta gab 2024 nicht 38 Milliarden Dollar aus
    # why: 003 "den 38 Milliarden Dollar ..., die Meta im letzten Jahr ausgegeben hat".
    Dann beträgt capex_2024_actual nicht 38 Milliarden Dollar

  @expect_fail @cls_negation
  Szenario: Bis Ende 2025 geht nicht etwa 1 GW neue Rechenleistung in Betrieb
    # why: 003 "Bis zum Jahresende werden etwa 1 Gigawatt neue Rechenleistung in Betrieb sein".
    Dann beträgt compute_online_by_end_2025 nicht etwa 1 GW

  @expect_fail @cls_negation
  Szenario: Bis Ende 2024 werden es nicht über 340.000 GPUs
    # why: 002 "Diese sollen bis Ende 2024 auf über 340.000 GPUs erweitert werden."
    Dann beträgt gpus_by_end_2024 nicht über 340.000 GPUs

  @expect_fail @cls_time
  Szenario: Die Investitionsausgaben betrugen 6,7 Milliarden Dollar im Jahr 2024
    # why: 004 "6,7 Milliarden US-Dollar betrugen"; "im Jahr 2024" liest die Grammatik nicht — ein Schrittfehler.
    Dann beträgt capex_q1_2024 6,7 Milliarden Dollar im Jahr 2024

  @expect_fail @cls_time
  Szenario: Im Vorjahresquartal hatte Meta 7,09 Milliarden Dollar investiert
    # why: 004 "gegenüber 7,09 Milliarden US-Dollar zum gleichen Zeitpunkt des Vorjahres"; "im Jahr 2023" im Schritt liest die Grammatik nicht.
    Dann beträgt capex_q1_2023 7,09 Milliarden Dollar im Jahr 2023

  @expect_fail @cls_time
  Szenario: Metas Umsatz lag im zweiten Quartal bei etwa 39 Milliarden Dollar
    # why: 001/002 "39 Milliarden Dollar"; "im zweiten Quartal" im Schritt liest die Grammatik nicht.
    Dann beträgt revenue_q2_2024 etwa 39 Milliarden Dollar im zweiten Quartal

  @expect_fail @cls_time
  Szenario: Die Investitionsausgaben im ersten Quartal 2024 betrugen 8,5 Milliarden Dollar
    # why: 8,5 Mrd. ist Q2 (000 "im Q2 2024 ... 8,5 Milliarden Dollar"); für Q1 nennt 004 "6,7 Milliarden US-Dollar".
    Dann beträgt capex_q1_2024 8,5 Milliarden Dollar

  @expect_fail @cls_to_by
  Szenario: Die Meta-Aktie stieg nach den Q2-Zahlen um rund 510 Dollar
    # why: 001 "von 475 auf rund 510 Dollar" — sie stieg AUF rund 510, um etwa 35 Dollar.
    Dann stieg share_price_after_q2_2024_results um rund 510 Dollar gegenüber share_price_before_q2_2024_results

  @expect_fail @cls_to_by
  Szenario: Der Umsatz wuchs im zweiten Quartal 2024 um 39 Milliarden Dollar
    # why: 001 "39 Milliarden Dollar Umsatz ... Zuwächse von sieben ... Milliarden Dollar" — um sieben, auf 39.
    Dann beträgt revenue_increase_q2_2024_yoy 39 Milliarden Dollar

  @expect_fail @cls_to_by
  Szenario: Der Nettogewinn stieg im zweiten Quartal 2024 auf 5,7 Milliarden Dollar
    # why: 001 — 5,7 Mrd. ist der Zuwachs; der Nettogewinn betrug "13,5 Milliarden Dollar".
    Dann beträgt net_income_q2_2024 5,7 Milliarden Dollar

  @expect_fail @cls_to_by
  Szenario: Die Meta-Aktie stieg nach den Q2-Zahlen auf gut 7 Prozent
    # why: 001 "ein Plus von gut sieben Prozent" ist die Veränderung (um), nicht der neue Kurs ("auf rund 510 Dollar").
    Dann stieg share_price_after_q2_2024_results auf gut 7 % gegenüber share_price_before_q2_2024_results

  @expect_fail @cls_derived
  Szenario: Die Investitionsausgaben im ersten Quartal 2024 lagen über dem Vorjahr
    # why: 004 "6,7 Milliarden US-Dollar ..., ein Rückgang gegenüber 7,09 Milliarden US-Dollar".
    Dann ist capex_q1_2024 größer als capex_q1_2023

  @expect_fail @cls_derived
  Szenario: Die Investitionsausgaben stiegen im ersten Quartal 2024 um 5 Prozent
    # why: 004 "ein Rückgang gegenüber 7,09 Milliarden US-Dollar" — sie fielen.
    Dann stieg capex_q1_2024 um 5 % gegenüber capex_q1_2023

  @expect_fail @cls_derived
  Szenario: Metas Umsatz im zweiten Quartal 2024 war kleiner als der Nettogewinn
    # why: 001/002 Umsatz "39 Milliarden Dollar" > Nettogewinn "13,5 Milliarden Dollar".
    Dann ist revenue_q2_2024 kleiner als net_income_q2_2024

  @expect_fail @cls_title
  Szenario: Der Nettogewinn wuchs um 7 Milliarden Dollar
    # why: 001 "Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar" — der Schritt belegt 5,7 für den Gewinn, der Titel nennt 7 (das ist der Umsatzzuwachs).
    Dann beträgt net_income_increase_q2_2024_yoy 5,7 Milliarden Dollar

  @expect_fail @cls_title
  Szenario: Meta setzte im zweiten Quartal 2024 rund 45 Milliarden Dollar um
    # why: 001/002 "39 Milliarden Dollar"; der Schritt belegt etwa 39, der Titel nennt 45.
    Dann beträgt revenue_q2_2024 etwa 39 Milliarden Dollar

  @expect_fail @cls_title
  Szenario: Für Llama 4 werden 200.000 GPUs benötigt
    # why: 002 "also rund 160.000 GPUs"; der Schritt belegt rund 160.000, der Titel nennt 200.000.
    Dann beträgt llama4_training_gpus rund 160.000 GPUs

  @expect_fail @cls_unit
  Szenario: Die Investitionsausgaben stiegen im zweiten Quartal 2024 um 33 Prozentpunkte
    # why: 000 "Anstieg der Kapitalausgaben von 33%" — Prozent, nicht Prozentpunkte.
    Dann beträgt capex_q2_2024_growth 33 Prozentpunkte

  @expect_fail @cls_unit
  Szenario: Meta setzte im zweiten Quartal 2024 etwa 39 Milliarden Euro um
    # why: 001/002 "39 Milliarden Dollar" — Dollar; Währungen werden nicht umgerechnet.
    Dann beträgt revenue_q2_2024 etwa 39 Milliarden Euro

  @expect_fail @cls_unit
  Szenario: Meta plant ein Rechenzentrum mit 2 GWh
    # why: 003 "2-Gigawatt-Rechenzentrums" — Leistung (GW), nicht Energie (GWh).
    Dann beträgt datacenter_power_planned 2 GWh

  @expect_fail @cls_hedge
  Szenario: Für Llama 4 plant Meta mit knapp 160.000 GPUs
    # why: "knapp" steht nur im gehedgten 001 "Daher dürfte Meta mit knapp 160.000 GPUs planen"; 002 "rund 160.000 GPUs" stützt "knapp" nicht.
    Dann beträgt llama4_training_gpus knapp 160.000 GPUs

  @expect_fail @cls_hedge
  Szenario: Der kurze Augustbericht belegt fest rund 160.000 GPUs für Llama 4
    # why: 001 sagt nur "Daher dürfte Meta mit knapp 160.000 GPUs planen" — gehedgt, keine feste Stützung.
    Dann beträgt llama4_training_gpus rund 160.000 GPUs
    Und Quelle 001 stützt sie

  @expect_fail @cls_hedge
  Szenario: Für Llama 4 braucht Meta weniger als 160.000 GPUs
    # why: nur das gehedgte 001 "dürfte ... knapp 160.000" spricht für weniger; 002 "rund 160.000 GPUs" nicht.
    Dann beträgt llama4_training_gpus weniger als 160.000 GPUs

  @expect_fail @cls_source_count
  Szenario: Metas Quartalsumsatz von 39 Milliarden Dollar steht in fast jeder Quelle
    # why: nur 001 und 002 nennen "39 Milliarden Dollar" — zwei Quellen, nicht 3.
    Dann beträgt revenue_q2_2024 39 Milliarden Dollar
    Und mindestens 3 Quellen stützen sie

  @expect_fail @cls_source_count
  Szenario: Fast jede Quelle sagt, Meta wolle an die KI-Spitze
    # why: 001 "Meta will an die KI-Spitze", 002 "eine führende Rolle", 004 "das weltweit führende KI-Unternehmen" — drei Quellen, nicht 4.
    Dann trifft meta_aims_to_lead_ai zu
    Und mindestens 4 Quellen stützen sie

  @expect_fail @cls_source_count
  Szenario: Der kurze Augustbericht nennt die Investitionsausgaben des ersten Quartals
    # why: nur 004 "6,7 Milliarden US-Dollar"; 001 nennt keine Quartals-Investitionsausgaben.
    Dann beträgt capex_q1_2024 6,7 Milliarden Dollar
    Und Quelle 001 stützt sie

  @expect_fail @cls_statement
  Szenario: Offene KI-Modelle bergen keine Missbrauchsrisiken
    # why: 002 "Die Offenlegung von KI-Modellen birgt jedoch auch Risiken ... missbraucht werden".
    Dann trifft open_source_risks nicht zu

  @expect_fail @cls_statement
  Szenario: Meta will nicht das führende KI-Unternehmen werden
    # why: 004 "um „ das weltweit führende KI-Unternehmen“ zu werden"; 001 "Meta will an die KI-Spitze".
    Dann trifft meta_aims_to_lead_ai nicht zu

  @expect_fail @cls_statement
  Szenario: Die Core-AI-Tools haben das Engagement nicht erhöht
    # why: 002 "haben das Engagement der Nutzer deutlich erhöht".
    Dann trifft core_ai_raised_engagement nicht zu

  @expect_fail @cls_statement
  Szenario: Zuckerberg will in den kommenden Jahren nicht deutlich mehr in KI investieren
    # why: 004 "Wir sollten in den kommenden Jahren deutlich mehr investieren".
    Dann trifft invest_significantly_more_coming_years nicht zu

  @expect_fail @cls_statement
  Szenario: Llama 4 soll nicht das fortschrittlichste Modell der Branche werden
    # why: 002 "dass Llama 4 „das fortschrittlichste Modell der Branche“ sein soll".
    Dann trifft llama4_most_advanced_ambition nicht zu

  @expect_fail @cls_tags @disputed
  Szenario: Meta rechnet für 2024 mit Investitionen von 37 bis 40 Milliarden Dollar
    # why: die Quellen widersprechen sich (001/002 "37 bis 40" gegen 003 "60 bis 65" für 2024), aber die Beschreibung nennt keine einzige Quelle.
    Die Quellen sind sich uneinig.

    Dann beträgt capex_forecast_2024 37 bis 40 Milliarden Dollar

  @expect_fail @cls_tags @false
  Szenario: Für Llama 3 wurden etwa 16.000 GPUs eingesetzt
    # why: als @false markiert, aber 002 "etwa 16.000 GPUs verwendet" stützt es.
    Dann beträgt llama3_training_gpus etwa 16.000 GPUs
