# language: de
Funktionalität: Soundness — englische Zahlschreibweise in deutschen Schritten
  In einer deutschen Datei ist "16,000" sechzehn und "8.5" keine Dezimalzahl: eine Zahl in der
  Schreibweise der anderen Sprache ist laut DESIGN ein Fehler. Keine dieser Behauptungen darf
  bestehen (mehrere bestünden, wenn "24,000" stillschweigend als 24 gelesen würde).
  Erwartungen aus den Quellen geschrieben, bevor das Werkzeug lief.

  @expect_fail @cls_separator
  Szenario: Für Llama 3 wurden etwa 16,000 GPUs verwendet
    # why: 002 "etwa 16.000 GPUs"; "16,000" ist im Deutschen 16 (bzw. ein Fehler), nicht sechzehntausend.
    Dann beträgt llama3_training_gpus etwa 16,000 GPUs

  @expect_fail @cls_separator
  Szenario: Metas H100-Cluster umfassen mindestens 24,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs"; "24,000" ist deutsch gelesen 24 — "mindestens 24" darf nicht als gestützt durchgehen.
    Dann beträgt h100_cluster_gpus mindestens 24,000 GPUs

  @expect_fail @cls_separator
  Szenario: Bis Ende 2024 sollen es über 340,000 GPUs sein
    # why: 002 "auf über 340.000 GPUs erweitert"; "340,000" ist deutsch gelesen 340 — Fehler laut DESIGN, darf nicht bestehen.
    Dann beträgt gpus_by_end_2024 über 340,000 GPUs

  @expect_fail @cls_separator
  Szenario: Die Investitionsausgaben erreichten im zweiten Quartal 2024 8.5 Milliarden Dollar
    # why: 000 "was 8,5 Milliarden Dollar erreichte"; "8.5" mit Dezimalpunkt ist keine deutsche Zahl (Fehler).
    Dann beträgt capex_q2_2024 8.5 Milliarden Dollar

  @expect_fail @cls_separator
  Szenario: Der Nettogewinn im zweiten Quartal 2024 betrug 13.5 Milliarden Dollar
    # why: 001/002 "Nettogewinn von 13,5 Milliarden Dollar"; "13.5" ist englische Schreibweise (Fehler).
    Dann beträgt net_income_q2_2024 13.5 Milliarden Dollar

  @expect_fail @cls_separator
  Szenario: 3.2 Milliarden Menschen nutzen täglich eine Meta-App
    # why: 001 "3,2 Milliarden Menschen"; "3.2" ist englische Schreibweise (Fehler).
    Dann beträgt daily_users_meta_apps 3.2 Milliarden Menschen

  @expect_fail @cls_separator
  Szenario: Für Llama 4 werden rund 160,000 GPUs benötigt
    # why: 002 "also rund 160.000 GPUs"; "160,000" ist deutsch gelesen 160 (bzw. ein Fehler).
    Dann beträgt llama4_training_gpus rund 160,000 GPUs

  @expect_fail @cls_separator
  Szenario: Meta nutzt bis Ende 2025 über 1.3 Millionen GPUs
    # why: 003 "über 1, 3 Millionen GPUs"; "1.3" ist englische Schreibweise (Fehler).
    Dann beträgt gpus_online_by_end_2025 über 1.3 Millionen GPUs
