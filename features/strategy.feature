# language: de
Funktionalität: Strategie und qualitative Aussagen
  Was Meta mit KI vorhat, ohne Zahlen.

  Szenario: Meta stellt seine Llama-Modelle als Open Source bereit
    Dann trifft open_source_strategy zu
    Und mindestens 3 Quellen stützen sie

  Szenario: Offene KI-Modelle bergen Missbrauchsrisiken
    Dann trifft open_source_risks zu

  Szenario: Metas langfristiges Ziel ist eine allgemeine künstliche Intelligenz
    Dann trifft agi_long_term_goal zu

  Szenario: Zuckerberg will in den kommenden Jahren deutlich mehr in KI investieren
    Dann trifft invest_significantly_more_coming_years zu

  Szenario: Meta will das führende KI-Unternehmen werden
    Dann trifft meta_aims_to_lead_ai zu
    Und mindestens 3 Quellen stützen sie
