Feature: Data centres and power
  The data centres and GPUs Meta plans for 2025.

  Scenario: Meta plans a 2-gigawatt data centre
    Then datacenter_power_planned is 2 GW

  Scenario: About 1 gigawatt of new compute comes online by the end of 2025
    Then compute_online_by_end_2025 is about 1 GW

  Scenario: Meta will run more than 1.3 million GPUs by the end of 2025
    Then gpus_online_by_end_2025 is more than 1.3 million GPUs

  Scenario: Meta will run about 1.3 million GPUs by the end of 2025
    Then gpus_online_by_end_2025 is about 1.3 million GPUs

  Scenario: The planned data centre is larger than the compute coming online in 2025
    Then datacenter_power_planned is greater than compute_online_by_end_2025

  Scenario: Energy limits how large Meta can build its data centres
    Then energy_limits_datacenter_size holds
