# language: de
Funktionalität: Quellenübergreifende Aussagen: Konjunktion, Ergänzung, Revisionen, Wachstum, Prozentpunkte, Gleichheit, Summen
  Prüfaussagen allein aus seeds/ und facts.yaml geschrieben, jede mit dem vor dem Lauf des
  Werkzeugs erwarteten Ergebnis. Intervalle nach docs/VERDICTS.md.

  # ---------------------------------------------------------------- Konjunktion

  @expect_pass @cls_conjunction
  Szenario: Meta setzte im Quartal etwa 39 Milliarden Dollar um und verdiente 13,5 Milliarden Dollar
    # why: beide Schritte in 001 und 002: "39 Milliarden Dollar Umsatz und einen Nettogewinn von 13,5 Milliarden Dollar" (001) und "einen Umsatz von 39 Milliarden Dollar und einen Nettogewinn von 13,5 Milliarden Dollar" (002) -> jeder Schritt von 2 Quellen gestützt.
    Dann beträgt revenue_q2_2024 etwa 39 Milliarden Dollar
    Und beträgt net_income_q2_2024 13,5 Milliarden Dollar
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_conjunction
  Szenario: Llama 3 wurde mit etwa 16.000 GPUs trainiert, und Meta gab 2024 etwa 38 Milliarden Dollar aus
    # why: Schritt 1 nur 002 "etwa 16.000 GPUs"; Schritt 2 nur 003 "38 Milliarden Dollar, die Meta im letzten Jahr ausgegeben hat" = [37.5,38.5]. Keine Quelle widerspricht einem Schritt.
    Dann beträgt llama3_training_gpus etwa 16.000 GPUs
    Und beträgt capex_2024_actual etwa 38 Milliarden Dollar
    Und keine Quelle widerspricht ihr

  @expect_fail @cls_conjunction
  Szenario: Meta setzte im Quartal etwa 39 Milliarden Dollar um und verdiente etwa 15 Milliarden Dollar
    # why: Schritt 1 gestützt (001/002 "39 Milliarden Dollar"); Schritt 2 widerlegt: "Nettogewinn von 13,5 Milliarden Dollar" = [13.45,13.55] liegt außerhalb etwa 15 = [14.5,15.5].
    Dann beträgt revenue_q2_2024 etwa 39 Milliarden Dollar
    Und beträgt net_income_q2_2024 etwa 15 Milliarden Dollar

  @expect_fail @cls_conjunction
  Szenario: Meta erwartet 2025 steigende Investitionen und plant bis zu 65 Milliarden Dollar, beides mehrfach belegt
    # why: "mindestens 2 Quellen" gilt je Schritt: die Aussage stützen 000, 001, 004; den Plan nur 003 ("bis zu 65 Milliarden US-Dollar", "65-Milliarden-Dollar") -> scheitert.
    Dann trifft capex_rise_2025_expected zu
    Und beträgt capex_plan_2025 bis zu 65 Milliarden Dollar
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_conjunction
  Szenario: Meta will Ende 2024 mehr als 340.000 GPUs und Ende 2025 mehr als 1,3 Millionen GPUs haben
    # why: Schritt 1: 002 "bis Ende 2024 auf über 340.000 GPUs erweitert" = (340000,inf); Schritt 2: 003 "über 1, 3 Millionen GPUs" = (1.3M,1.35M] mit Überschrift. Zwei Quellen, je ein Schritt.
    Dann beträgt gpus_by_end_2024 mehr als 340.000 GPUs
    Und beträgt gpus_online_by_end_2025 mehr als 1,3 Millionen GPUs

  @expect_fail @cls_conjunction
  Szenario: Metas H100-Cluster umfassen 24.000 GPUs und sollen bis Ende 2024 auf mehr als 400.000 GPUs wachsen
    # why: Schritt 1 gestützt (002 "24.000 Nvidia H100 GPUs"); Schritt 2 nur verträglich: 002 "über 340.000 GPUs" = (340000,inf) ist nicht in (400000,inf) enthalten -> keine Stütze.
    Dann beträgt h100_cluster_gpus 24.000 GPUs
    Und beträgt gpus_by_end_2024 mehr als 400.000 GPUs

  @expect_fail @cls_conjunction
  Szenario: Laut 002 wurde Llama 3 mit etwa 16.000 GPUs trainiert und Meta gab 2024 etwa 38 Milliarden Dollar aus
    # why: "Quelle 002 stützt sie" verlangt 002 auf jedem Schritt; 002 nennt "etwa 16.000 GPUs", aber keine Ausgaben 2024 (nur 003 "38 Milliarden Dollar") -> 002 schweigt zu Schritt 2.
    Dann beträgt llama3_training_gpus etwa 16.000 GPUs
    Und beträgt capex_2024_actual etwa 38 Milliarden Dollar
    Und Quelle 002 stützt sie

  @expect_pass @cls_conjunction
  Szenario: Laut 001 erwartet Meta 2024 kaum KI-Erlöse bei etwa 39 Milliarden Dollar Quartalsumsatz
    # why: 001 trägt beide Schritte fest: "In diesem Jahr wird Meta laut Finanzchefin Susan Li keinerlei Umsatz mit KI machen" und "39 Milliarden Dollar Umsatz".
    Dann trifft no_significant_genai_revenue_2024 zu
    Und beträgt revenue_q2_2024 etwa 39 Milliarden Dollar
    Und Quelle 001 stützt sie

  @expect_pass @cls_conjunction
  Szenario: Meta gab 2024 etwa 38 Milliarden Dollar aus, investierte im Q2 2024 mehr als im Q1 2024 und setzte etwa 39 Milliarden Dollar um
    # why: drei Schritte, je andere Quellen: 003 "38 Milliarden Dollar"; 000 "8,5 Milliarden Dollar" > 004 "6,7 Milliarden US-Dollar" (gegenseitig ergänzt, Differenz [1.7,1.9]); 001/002 "39 Milliarden Dollar". Nichts widerspricht.
    Dann beträgt capex_2024_actual etwa 38 Milliarden Dollar
    Und ist capex_q2_2024 größer als capex_q1_2024
    Und beträgt revenue_q2_2024 etwa 39 Milliarden Dollar

  # ---------------------------------------------------------------- Ergänzung aus dem Korpus

  @expect_pass @cls_completion
  Szenario: Metas Investitionsplan für 2025 ist größer als die Prognose für 2024
    # why: 001/002 "37 bis 40 Milliarden US-Dollar" = [36.5,40.5], ergänzt um 003 "65-Milliarden-Dollar"/"bis zu 65" = [64.5,65]: Differenz [24,28.5] > 0 -> stützen. 003 selbst: [64.5,65] gegen "60 bis 65" = [59.5,65.5] -> nur verträglich. 004 (April, "zwischen 35 und 40") ist überholt und würde ebenfalls stützen. Kein Widerspruch.
    Dann ist capex_plan_2025 größer als capex_forecast_2024

  @expect_fail @cls_completion
  Szenario: Der Börsenwertverlust nach den Aprilzahlen übertraf Microsofts geplante KI-Investition, auch laut 003
    # why: 004 "Wertverlust des Unternehmens um 200 Milliarden US-Dollar" = [199.5,200.5]; 003 "rund 80 Milliarden Dollar" = [75,85]. Differenz > 0. 003 hält nur Microsofts Zahl, ergänzt um 004 -> 003 stützt.
    # corrected after the run: the writer expected pass; the brief's first draft let 'Quelle X stützt sie' count a completed cell; the rule was then fixed (round-2 soundness claims): a named source must back every step with its own evidence, and 003 borrows the market-value loss from 004.
    Dann ist market_value_loss_after_q1_2024_results größer als microsoft_ai_investment_plan
    Und Quelle 003 stützt sie

  @expect_fail @cls_completion
  Szenario: Metas Investitionen 2024 waren größer als sein Quartalsumsatz
    # why: 003 "38 Milliarden Dollar" = [37.5,38.5] minus 001/002 "39 Milliarden Dollar" = [38.5,39.5] = [-2,0], nie > 0 -> 003 (ergänzt) und 001/002 (ergänzt) widerlegen.
    Dann ist capex_2024_actual größer als revenue_q2_2024

  @expect_fail @cls_completion
  Szenario: Laut 002 hat Meta Ende 2025 mehr GPUs als Ende 2024
    # why: 002 "auf über 340.000 GPUs" = (340000,inf) ist nach oben offen; ergänzt um 003 (1.3M,1.35M] ist die Differenz weder sicher positiv noch negativ -> 002 nur verträglich, "Quelle 002 stützt sie" scheitert (003 ergänzt ebenso nur verträglich).
    Dann ist gpus_online_by_end_2025 größer als gpus_by_end_2024
    Und Quelle 002 stützt sie

  @expect_fail @cls_completion
  Szenario: Meta investierte im Q2 2024 mehr als im Q1 2024, auch laut 004
    # why: 004 hält nur "6,7 Milliarden US-Dollar" (Q1), ergänzt um 000 "8,5 Milliarden Dollar" (Q2): Differenz [1.7,1.9] > 0 -> 004 stützt (ergänzte Zelle).
    # corrected after the run: the writer expected pass; as above: 004 gives only Q1 ('6,7 Milliarden US-Dollar') and borrows Q2 from 000, so 004 alone does not support it.
    Dann ist capex_q2_2024 größer als capex_q1_2024
    Und Quelle 004 stützt sie

  @expect_fail @cls_completion
  Szenario: Meta gab 2024 mehr aus als prognostiziert
    # why: 001/002 "37 bis 40" = [36.5,40.5] gegen 003 "38 Milliarden Dollar" = [37.5,38.5] -> nur verträglich; 003 selbst: 38 gegen "60 bis 65" -> widerlegt. Keine Stütze, ein Widerspruch.
    Dann ist capex_2024_actual größer als capex_forecast_2024

  # ---------------------------------------------------------------- Revisionen

  @expect_fail @cls_revision
  Szenario: Meta erwartet für 2024 Investitionsausgaben von 37 bis 40 Milliarden Dollar
    # why: ohne Datum gilt die jüngste Revision: 001/002 "37 bis 40 Milliarden US-Dollar" stützen; 004 ist überholt; aber 003 "60 bis 65 Milliarden US-Dollar" (2025-01, keine Revision mehr möglich) bleibt ein widersprechender Beleg -> widerlegt, kein @disputed.
    Dann beträgt capex_forecast_2024 37 bis 40 Milliarden Dollar

  @expect_pass @cls_revision
  Szenario: Stand April 2024 erwartete Meta 35 bis 40 Milliarden US-Dollar Investitionsausgaben für 2024
    # why: gültig im April 2024 ist 004 "zwischen 35 und 40 Milliarden US-Dollar" -> stützt; 001/002 (Juli) und 003 (2025-01) sind später, kein Widerspruch.
    Dann betrug capex_forecast_2024 Stand April 2024 35 bis 40 Milliarden US-Dollar
    Und Quelle 004 stützt sie

  @expect_pass @cls_revision
  Szenario: Im Juli 2024 erwartete Meta 37 bis 40 Milliarden Dollar Investitionsausgaben für 2024
    # why: gültig im Juli 2024: 001 "auf 37 bis 40 Milliarden US-Dollar belaufen" und 002 "mit Ausgaben von 37 bis 40 Milliarden US-Dollar" (beide 2024-07) -> 2 Quellen; 004 früher, 003 später.
    Dann betrug capex_forecast_2024 im Juli 2024 37 bis 40 Milliarden Dollar
    Und mindestens 2 Quellen stützen sie

  @expect_fail @cls_revision
  Szenario: Schon im Juni 2024 erwartete Meta 37 bis 40 Milliarden Dollar Investitionsausgaben
    # why: im Juni 2024 gilt noch 004 (2024-04) "zwischen 35 und 40": untere Grenze [34.5,35.5] disjunkt zu [36.5,37.5] -> widerlegt; die Juli-Revision kommt später.
    Dann betrug capex_forecast_2024 im Juni 2024 37 bis 40 Milliarden Dollar

  @expect_fail @cls_revision
  Szenario: Stand August 2024 erwartete Meta noch zwischen 35 und 40 Milliarden Dollar
    # why: im August 2024 gilt die Juli-Revision 001/002 "37 bis 40" -> untere Grenze widerlegt "zwischen 35 und 40"; 004 ist überholt.
    Dann betrug capex_forecast_2024 Stand August 2024 zwischen 35 und 40 Milliarden Dollar

  @expect_fail @cls_revision
  Szenario: Im Januar nach Jahresende lag Metas Prognose für 2024 bei 60 bis 65 Milliarden Dollar
    # why: 003 "60 bis 65 Milliarden US-Dollar" ist auf 2025-01 datiert, nach Ende 2024: es kann die Prognose für 2024 nicht revidieren; gültig bleibt Juli 001/002 "37 bis 40" -> widerlegt.
    Dann betrug capex_forecast_2024 Stand Januar 2025 60 bis 65 Milliarden Dollar

  @expect_pass @cls_revision
  Szenario: Im Mai 2024 erwartete Meta zwischen 35 und 40 Milliarden Dollar Investitionsausgaben
    # why: im Mai 2024 gilt die April-Aussage 004 "zwischen 35 und 40 Milliarden US-Dollar" -> stützt; Juli und 003 sind später.
    Dann betrug capex_forecast_2024 im Mai 2024 zwischen 35 und 40 Milliarden Dollar

  # ---------------------------------------------------------------- Wachstumsraten

  @expect_pass @cls_growth
  Szenario: Der Nettogewinn stieg gegenüber dem Vorjahresquartal um mehr als 70 %
    # why: 001 "Nettogewinn von 13,5 Milliarden Dollar" und Zuwachs "5,7 Milliarden Dollar": net_income_q2_2023 = [7.7,7.9]; Anstieg [13.45/7.9-1, 13.55/7.7-1] = [70.3%,76.0%] > 70 %. 002 ("13,5") ergänzt um 001 ebenso.
    Dann stieg net_income_q2_2024 um mehr als 70 % gegenüber net_income_q2_2023

  @expect_pass @cls_growth
  Szenario: Metas Quartalsinvestitionen wuchsen langsamer als sein Nettogewinn
    # why: 000 "8,5" über 004 "6,7" Milliarden -> [8.45/6.75-1, 8.55/6.65-1] = [25.2%,28.6%]; Nettogewinn (001) [70.3%,76.0%]. Langsamer in jedem Fall; drei Quellen, gegenseitig ergänzt.
    Dann wuchs capex_q2_2024 gegenüber capex_q1_2024 langsamer als net_income_q2_2024 gegenüber net_income_q2_2023

  @expect_fail @cls_growth
  Szenario: Metas Investitionen wuchsen im Jahresvergleich schneller als der Aktienkurs nach den Zahlen
    # why: 004 "6,7 Milliarden US-Dollar" gegenüber "7,09 Milliarden US-Dollar" = [-6.3%,-4.7%] (ein Rückgang); 001 "von 475 auf rund 510 Dollar" = [6.3%,8.4%] -> falsche Richtung, widerlegt.
    Dann wuchs capex_q1_2024 gegenüber capex_q1_2023 schneller als share_price_after_q2_2024_results gegenüber share_price_before_q2_2024_results

  @expect_pass @cls_growth
  Szenario: Der Aktienkurs stieg nach den Zahlen langsamer als der Umsatz im Jahresvergleich
    # why: 001 "von 475 auf rund 510 Dollar" = [6.3%,8.4%]; Umsatz 001 "39 Milliarden" mit Zuwachs "sieben" -> revenue_q2_2023 = [31,33], Wachstum [16.7%,27.4%]. Langsamer in jedem Fall.
    Dann wuchs share_price_after_q2_2024_results gegenüber share_price_before_q2_2024_results langsamer als revenue_q2_2024 gegenüber revenue_q2_2023

  @expect_fail @cls_growth
  Szenario: Der Umsatz wuchs schneller als die Investitionen von Quartal zu Quartal
    # why: Umsatz (001 "39"/"sieben") [16.7%,27.4%] gegen Investitionen 000 "8,5" über 004 "6,7" = [25.2%,28.6%]: Intervalle überlappen, Punktwerte (21.9 % gegen 26.9 %) sprechen sogar dagegen -> höchstens verträglich, keine Stütze.
    Dann wuchs revenue_q2_2024 gegenüber revenue_q2_2023 schneller als capex_q2_2024 gegenüber capex_q1_2024

  @expect_fail @cls_growth
  Szenario: Der Umsatz stieg gegenüber dem Vorjahresquartal um mehr als 30 %
    # why: 001 "39 Milliarden Dollar Umsatz" mit "Zuwächse von sieben ... Milliarden Dollar": höchstens 39.5/31 - 1 = 27.4 % -> widerlegt.
    Dann stieg revenue_q2_2024 um mehr als 30 % gegenüber revenue_q2_2023

  @expect_pass @cls_growth
  Szenario: Im Vorjahresquartal verdiente Meta netto weniger als 8 Milliarden Dollar
    # why: abgeleitet aus 001 "13,5" minus "5,7 Milliarden Dollar" = [7.7,7.9] < 8 -> stützt.
    Dann beträgt net_income_q2_2023 weniger als 8 Milliarden Dollar

  # ---------------------------------------------------------------- Prozentpunkte

  @expect_pass @cls_points
  Szenario: Am Tag des Plans für 2025 lag das Kursplus 0,5 bis 0,7 Prozentpunkte über dem Eröffnungsminus
    # why: 003 "Minus von etwa 1, 4 % zum Eröffnungskurs" = [1.35,1.45], "Aufwärtstrend von 2 %" = 2: Differenz [0.55,0.65] Punkte, in [0.5,0.7].
    Dann stieg share_gain_after_2025_capex_plan um 0,5 bis 0,7 Prozentpunkte gegenüber share_drop_at_open_after_2025_capex_plan

  @expect_fail @cls_points
  Szenario: Am Tag des Plans für 2025 lag das Kursplus 0,6 % über dem Eröffnungsminus
    # why: Prozent statt Prozentpunkte: relativ 2/[1.35,1.45] - 1 = [37.9%,48.1%] (003 "2 %", "etwa 1, 4 %"), disjunkt zu 0,6 % = [0.55,0.65] -> widerlegt.
    Dann stieg share_gain_after_2025_capex_plan um 0,6 % gegenüber share_drop_at_open_after_2025_capex_plan

  @expect_pass @cls_points
  Szenario: Das Investitionswachstum lag mehr als 17 Prozentpunkte über dem Kursrutsch nach den Aprilzahlen
    # why: 000 "Anstieg der Kapitalausgaben von 33%" = 33 (ganze Zahl, exakt); 004 "fielen um ca. 15 Prozent" = [14.5,15.5]: 33 - [14.5,15.5] = [17.5,18.5] > 17. 000 und 004 gegenseitig ergänzt.
    Dann stieg capex_q2_2024_growth um mehr als 17 Prozentpunkte gegenüber share_drop_after_q1_2024_results

  @expect_fail @cls_points
  Szenario: Das Investitionswachstum lag mehr als 19 Prozentpunkte über dem Kursrutsch nach den Aprilzahlen
    # why: 000 "33%" minus 004 "ca. 15 Prozent" = höchstens 18.5 Punkte -> "mehr als 19" widerlegt.
    Dann stieg capex_q2_2024_growth um mehr als 19 Prozentpunkte gegenüber share_drop_after_q1_2024_results

  @expect_fail @cls_points
  Szenario: Das Investitionswachstum lag 18 % über dem Kursrutsch nach den Aprilzahlen
    # why: Prozent statt Prozentpunkte: 33/[14.5,15.5] - 1 = [112.9%,127.6%] (000 "33%", 004 "ca. 15 Prozent"), nicht 18 % -> widerlegt.
    Dann stieg capex_q2_2024_growth um 18 % gegenüber share_drop_after_q1_2024_results

  # ---------------------------------------------------------------- Gleichheit

  @expect_fail @cls_equality
  Szenario: Metas Quartalsumsatz war etwa so groß wie seine Investitionen 2024
    # why: 001/002 "39 Milliarden Dollar" = [38.5,39.5]; 003 "38 Milliarden Dollar" = [37.5,38.5]: Verhältnis [1.0,1.053] in [0.9,1.1]. 001 und 002 (ergänzt um 003) und 003 (ergänzt um 001/002) stützen -> mindestens 2.
    # corrected after the run: the writer expected pass; the count of sources counts each source's own evidence: 001, 002 and 003 each support it only with a value borrowed from another source, so no two sources back it on their own.
    Dann ist revenue_q2_2024 etwa so groß wie capex_2024_actual
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_equality
  Szenario: Der Rechenleistungsfaktor für Llama 4 ist etwa so groß wie der GPU-Faktor
    # why: 000 "zehn Mal mehr Rechenleistung" = 10; 002 "fast zehnmal so viele" (mit 160.000/16.000) = [9.39,10) -> 10/[9.39,10) = (1,1.065] in [0.9,1.1] -> 002 stützt. 001 "fast zehnmal mehr" = [9,10) -> (1,1.111] nur verträglich; 000 mit beiden Alternativen höchstens verträglich. Keiner widerspricht -> besteht.
    Dann ist llama4_vs_llama3_compute_multiple etwa so groß wie llama4_vs_llama3_gpu_multiple

  @expect_pass @cls_equality
  Szenario: Metas Investitionen im Q1 2024 waren etwa so groß wie im Q1 2023
    # why: 004 "6,7 Milliarden US-Dollar" gegenüber "7,09 Milliarden US-Dollar": [6.65/7.095, 6.75/7.085] = [0.937,0.953] in [0.9,1.1].
    Dann ist capex_q1_2024 etwa so groß wie capex_q1_2023

  @expect_fail @cls_equality
  Szenario: Metas Investitionen im Q1 2024 waren genau so groß wie im Q1 2023
    # why: 004 "6,7" = [6.65,6.75] und "7,09" = [7.085,7.095] überschneiden sich nicht -> Gleichheit widerlegt ("ein Rückgang gegenüber 7,09 Milliarden").
    Dann ist capex_q1_2024 so groß wie capex_q1_2023

  @expect_fail @cls_equality
  Szenario: Metas Plan für 2025 ist etwa so groß wie die Erwartung der Analysten
    # why: 003 "65-Milliarden-Dollar"/"bis zu 65" = [64.5,65] gegen "51 bis 53 Milliarden US-Dollar" = [50.5,53.5]: Verhältnis [1.206,1.287] außerhalb [0.9,1.1] -> widerlegt.
    Dann ist capex_plan_2025 etwa so groß wie analyst_capex_expectation_jan_2025

  @expect_fail @cls_equality
  Szenario: Metas Investitionsprognose für 2024 war etwa so groß wie die tatsächlichen Ausgaben 2024
    # why: 001/002 "37 bis 40" ergänzt um 003 "38 Milliarden Dollar": Verhältnis [0.948,1.08] -> stützen; aber 003 selbst: "60 bis 65" / "38" = [1.545,1.747] -> widerlegt (003 ist keine Revision, sondern ein widersprechender Beleg).
    Dann ist capex_forecast_2024 etwa so groß wie capex_2024_actual

  # ---------------------------------------------------------------- Summen

  @expect_pass @cls_sum
  Szenario: Umsatz und Nettogewinn im Quartal betragen zusammen etwa 50 Milliarden Dollar
    # why: 001 und 002 je "39 Milliarden Dollar" + "13,5 Milliarden Dollar" = [51.95,53.05] in etwa 50 = [45,55] (w = min(5, 5)).
    Dann betragen revenue_q2_2024 und net_income_q2_2024 zusammen etwa 50 Milliarden Dollar
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_sum
  Szenario: Ausgaben 2024 und Plan 2025 betragen zusammen mehr als 100 Milliarden Dollar
    # why: 003 "38 Milliarden Dollar" [37.5,38.5] + "65-Milliarden-Dollar"/"bis zu 65" [64.5,65] = [102,103.5] > 100.
    Dann betragen capex_2024_actual und capex_plan_2025 zusammen mehr als 100 Milliarden Dollar

  @expect_fail @cls_sum
  Szenario: Ausgaben 2024 und Plan 2025 betragen zusammen etwa 110 Milliarden Dollar
    # why: Summe [102,103.5] (003 "38" + "65") disjunkt zu etwa 110 = [105,115] -> widerlegt.
    Dann betragen capex_2024_actual und capex_plan_2025 zusammen etwa 110 Milliarden Dollar

  @expect_pass @cls_sum
  Szenario: Llama 3 und Llama 4 brauchen zusammen mehr als 170.000 GPUs
    # why: 002 "etwa 16.000 GPUs" + "rund 160.000 GPUs" = [170500,181500] > 170000; 001s "knapp 160.000" ist "dürfte" (nur ?).
    Dann betragen llama3_training_gpus und llama4_training_gpus zusammen mehr als 170.000 GPUs

  @expect_fail @cls_sum
  Szenario: Umsatz und Nettogewinn im Quartal betragen zusammen mehr als 53 Milliarden Dollar
    # why: 001/002 "39" + "13,5" = [51.95,53.05]: Punktwert 52,5 < 53, nur am Rand verträglich -> keine Stütze.
    Dann betragen revenue_q2_2024 und net_income_q2_2024 zusammen mehr als 53 Milliarden Dollar

  @expect_pass @cls_sum
  Szenario: Umsatz und Nettogewinn im Vorjahresquartal betrugen zusammen etwa 40 Milliarden Dollar
    # why: abgeleitet aus 001 "39 ... 13,5 Milliarden Dollar – Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar": revenue_q2_2023 = [31,33], net_income_q2_2023 = [7.7,7.9], Summe [38.7,40.9] in etwa 40 = [36,44].
    Dann betragen revenue_q2_2023 und net_income_q2_2023 zusammen etwa 40 Milliarden Dollar

  # ---------------------------------------------------------------- Kontrollen

  @expect_pass @cls_control
  Szenario: Llama 4 braucht etwa zehnmal so viele GPUs wie Llama 3
    # why: 001 "fast zehnmal mehr GPUs" = [9,10) und 002 "fast zehnmal so viele" = [9.39,10), beide in etwa zehn = [9,11].
    Dann ist llama4_training_gpus etwa zehnmal so groß wie llama3_training_gpus
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_control
  Szenario: Meta plant für 2025 bis zu 65 Milliarden Dollar Investitionen
    # why: 003 "bis zu 65 Milliarden US-Dollar" nennt die Obergrenze, Überschrift "65-Milliarden-Dollar".
    Dann beträgt capex_plan_2025 bis zu 65 Milliarden Dollar

  @expect_fail @cls_control
  Szenario: Metas H100-Cluster umfassen knapp über 24.000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" = genau 24000, außerhalb (24000, 24500] -> widerlegt.
    Dann beträgt h100_cluster_gpus knapp über 24.000 GPUs
