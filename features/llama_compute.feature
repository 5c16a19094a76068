Feature: Llama compute and GPUs
  What the sources say about the hardware behind Meta's Llama models. GPUs are counted
  apart from compute (Rechenleistung): a source that speaks only of compute says nothing
  about GPUs.

  Scenario: Llama 4 needs about ten times Llama 3's GPUs
    001 and 002 speak of GPUs ("fast zehnmal mehr GPUs", "fast zehnmal so viele"); 000
    reports the same results call as ten times the compute ("zehn Mal mehr
    Rechenleistung"), which is another fact (llama4_vs_llama3_compute_multiple) and no
    evidence for GPUs, so 000 is silent here.

    Then llama4_training_gpus is about 10 times llama3_training_gpus
    And at least 2 sources support it

  Scenario: Llama 3 was trained on about 16,000 GPUs
    Then llama3_training_gpus is about 16,000 GPUs

  Scenario: Llama 4 needs about 160,000 GPUs
    Then llama4_training_gpus is about 160,000 GPUs
    And source 002 supports it
    And source 001 suggests it

  Scenario: Training Llama 4 takes ten times the compute of Llama 3
    Then llama4_vs_llama3_compute_multiple is 10 times
    And source 000 supports it

  Scenario Outline: Llama 3.1 has <parameters> parameters
    Then llama31_parameters is <parameters> parameters
    And at least 2 sources support it

    Examples:
      | parameters        |
      | 405 billion       |
      | about 400 billion |

  Scenario: Meta has clusters of 24,000 H100 GPUs
    Then h100_cluster_gpus is 24,000 GPUs

  Scenario: Meta's H100 clusters are to be expanded to more than 340,000 GPUs by the end of 2024
    Then gpus_by_end_2024 is more than 340,000 GPUs

  Scenario: Llama 4 alone needs more GPUs than one of Meta's H100 clusters holds today
    Then llama4_training_gpus is greater than h100_cluster_gpus

  Scenario: Llama 3.1 405B is Meta's largest open model so far
    Then llama31_largest_open_model holds

  Scenario: Llama 4 is due in 2025
    Then llama4_planned_for_2025 holds
    And at least 2 sources support it

  Scenario: Meta wants Llama 4 to be the industry's most advanced model
    Then llama4_most_advanced_ambition holds
    And at least 3 sources support it
