Feature: Soundness — qualifiers against evidence just inside or outside
  about / nearly / just over / a good, against what the sources state. Precision per DESIGN:
  w(X) = min(10 % of X, half a unit of X's last significant digit). Expectations written from
  the seeds before the tool was run.

  @expect_fail @cls_qualifier
  Scenario: Training Llama 4 takes about 11 times the compute of Llama 3
    # why: 000 "zehn Mal mehr Rechenleistung" / "10-fache Erhöhung" = 10; "about 11" = [10.5, 11.5] excludes 10 (DESIGN's own example).
    Then llama4_vs_llama3_compute_multiple is about 11 times

  @expect_fail @cls_qualifier
  Scenario: Llama 4 needs about 11 times as many GPUs as Llama 3
    # why: 002 "fast zehnmal so viele" and 001 "fast zehnmal mehr GPUs" = just under 10; "about 11" = [10.5, 11.5].
    Then llama4_training_gpus is about 11 times llama3_training_gpus

  @expect_fail @cls_qualifier
  Scenario: Training Llama 4 takes nearly 10 times the compute of Llama 3
    # why: 000 says exactly "zehn Mal mehr Rechenleistung" and "10-fache"; "nearly 10" = [9, 10) excludes 10.
    Then llama4_vs_llama3_compute_multiple is nearly 10 times

  @expect_fail @cls_qualifier
  Scenario: Llama 4 needs 10 times as many GPUs as Llama 3
    # why: 001 "fast zehnmal mehr GPUs" and 002 "fast zehnmal so viele" — nearly ten, i.e. below 10; the editor dropped "nearly".
    Then llama4_vs_llama3_gpu_multiple is 10 times

  @expect_fail @cls_qualifier
  Scenario: Llama 4 needs a good 10 times as many GPUs as Llama 3
    # why: 001/002 "fast zehnmal" is below 10; "a good 10" = (10, 11] is above it.
    Then llama4_vs_llama3_gpu_multiple is a good 10 times

  @expect_fail @cls_qualifier
  Scenario: Meta's H100 clusters hold just over 24,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — a plain integer, exactly 24,000; "just over" excludes it (DESIGN example).
    Then h100_cluster_gpus is just over 24,000 GPUs

  @expect_fail @cls_qualifier
  Scenario: Meta's H100 clusters hold nearly 24,000 GPUs
    # why: 002 "Cluster mit 24.000 Nvidia H100 GPUs" — exactly 24,000; "nearly 24,000" = [23,500, 24,000) excludes it.
    Then h100_cluster_gpus is nearly 24,000 GPUs

  @expect_fail @cls_qualifier
  Scenario: Meta's capital expenditure rose a good 33 percent in Q2 2024
    # why: 000 "Anstieg der Kapitalausgaben von 33%" — plain 33; "a good 33 %" = (33, 33.5] excludes it.
    Then capex_q2_2024_growth is a good 33 %

  @expect_fail @cls_qualifier
  Scenario: Meta's capital expenditure rose nearly 33 percent in Q2 2024
    # why: 000 "stiegen im Q2 2024 um 33%" — plain 33; "nearly 33 %" = [32.5, 33) excludes it.
    Then capex_q2_2024_growth is nearly 33 %

  @expect_fail @cls_qualifier
  Scenario: About 3.5 billion people use one of Meta's apps every day
    # why: 001 "3,2 Milliarden Menschen" = [3.15, 3.25] bn; "about 3.5 billion" = [3.45, 3.55] (DESIGN example).
    Then daily_users_meta_apps is about 3.5 billion people

  @expect_fail @cls_qualifier
  Scenario: Meta's capital expenditure was just over 8.5 billion dollars in Q2 2024
    # why: 000 "8,5 Milliarden Dollar" says 8.5 as written, not more than 8.5 — unsupported (compatible at best).
    Then capex_q2_2024 is just over 8.5 billion dollars

  @expect_fail @cls_qualifier
  Scenario: Meta's shares rose nearly 7 percent after the Q2 2024 results
    # why: 001 "ein Plus von gut sieben Prozent" = just over 7; "nearly 7 %" = just under 7.
    Then share_price_after_q2_2024_results rose by nearly 7 % over share_price_before_q2_2024_results

  @expect_fail @cls_qualifier
  Scenario: Meta's shares stood just under 510 dollars after hours
    # why: 001 "auf rund 510 Dollar" = about 510 (505–515); "just under 510" is not stated, only compatible.
    Then share_price_after_q2_2024_results is just under 510 dollars

  @expect_fail @cls_qualifier
  Scenario: Threads has nearly half as many users as X
    # why: 001 "schon halb so viele Nutzer:innen ... wie Musks Kurznachrichtendienst" = exactly one half; "nearly 0.5" excludes 0.5.
    Then threads_vs_x_user_multiple is nearly 0.5 times

  @expect_fail @cls_qualifier
  Scenario: Llama 3 was trained on just over 16,000 GPUs
    # why: 002 "etwa 16.000 GPUs" = about 16,000 (15,500–16,500); "just over" is not stated, only compatible.
    Then llama3_training_gpus is just over 16,000 GPUs

  @expect_fail @cls_qualifier
  Scenario: Microsoft plans to invest about 100 billion dollars
    # why: 003 "rund 80 Milliarden Dollar zu investieren" = 75–85 bn; "about 100 billion" = 90–110 bn.
    Then microsoft_ai_investment_plan is about 100 billion dollars

  @expect_fail @cls_qualifier
  Scenario: Meta's Q2 2024 revenue was just over 39 billion dollars
    # why: 001/002 "39 Milliarden Dollar" as written, not "just over"; unsupported (compatible at best).
    Then revenue_q2_2024 is just over 39 billion dollars

  @expect_fail @cls_qualifier
  Scenario: Meta will run about 1.5 million GPUs by the end of 2025
    # why: 003 headline "1,3 Millionen GPUs" (1.25–1.35 M) refutes "about 1.5 million" (1.45–1.55 M); body "über 1, 3 Millionen" does not support it.
    Then gpus_online_by_end_2025 is about 1.5 million GPUs
