Feature: The headline increase for health in the Autumn Budget 2024
  How much extra the Department of Health and Social Care and NHS England get over the two
  years to 2025/26, as the six sources report it. Expectations written from the seeds before
  the tool was run.

  @expect_pass @cls_dispute @disputed
  Scenario: The DHSC gets an extra £22.6bn for day-to-day spending
    000 and 005 say £22.6 billion; 004 writes "£22.6 million" for the DHSC, a slip that
    refutes the figure as stated.
    # why: 000 "will receive an extra £22.6 billion for day-to-day spending over the next two years"; 005 "the £22.6 billion increase in the day-to-day health budget"; 004 "£22.6 million for the DHSC" refutes, so only @disputed lets it pass.
    Then dhsc_resource_increase_2y is £22.6 billion
    And at least 2 sources support it

  @expect_fail @cls_dispute
  Scenario: The DHSC's day-to-day budget rises by £22.6 billion
    # why: the same figure untagged: 004 "£22.6 million for the DHSC" refutes it, so the pass rule fails it although 000 and 005 support it.
    Then dhsc_resource_increase_2y is £22.6 billion

  @expect_fail @cls_scale
  Scenario: The DHSC gets only £22.6 million more for day-to-day spending
    # why: 000 "an extra £22.6 billion" and 005 "£22.6 billion" refute millions; 004's "£22.6 million" is a thousandfold slip.
    Then dhsc_resource_increase_2y is £22.6 million

  @expect_fail @cls_tags @false
  Scenario: The budget gave the DHSC just £22.6 million
    # why: @false needs a refuting source and no supporting one; 004 "£22.6 million for the DHSC" supports it, so the @false claim must fail.
    Then dhsc_resource_increase_2y is £22.6 million

  @expect_pass @cls_dispute @disputed
  Scenario: NHS England gets £21bn of the extra day-to-day money
    000 says £21bn of the £22.6 billion goes to NHS England; 001 credits the whole £22.6bn
    to the NHS in England and so refutes it.
    # why: 000 "£21bn of which will be for NHS England" supports; 001 "The NHS in England is to receive a £22.6bn cash injection over two years" (and 004 "£22.6 billion cash injection for the NHS") refute.
    Then nhs_england_resource_increase_2y is £21 billion
    And source 000 supports it

  @expect_fail @cls_dispute
  Scenario: The NHS in England receives a £22.6bn cash injection
    # why: 001 "The NHS in England is to receive a £22.6bn cash injection over two years" supports, but 000 "£21bn of which will be for NHS England" refutes; untagged, it fails.
    Then nhs_england_resource_increase_2y is £22.6 billion
    And source 001 supports it

  @expect_fail @cls_source
  Scenario: Healthcare Leader reports a £22.6bn injection for NHS England
    # why: 000 gives NHS England "£21bn" ("£21bn of which will be for NHS England"), not £22.6bn; it refutes the step and cannot support it.
    Then nhs_england_resource_increase_2y is £22.6 billion
    And source 000 supports it

  @expect_pass @cls_dispute @disputed
  Scenario: The DHSC's total revenue and capital funding rises by about £22 billion
    002 says "a £22 billion increase in total health and social care revenue and capital
    funding"; 005 says "An extra £25 billion" for the DHSC overall and refutes it.
    # why: 002 "£22 billion increase in total health and social care revenue and capital funding" = [21.5, 22.5] bn supports "about 22" ([21.5, 22.5] bn, w = 0.5); 005 "£25 billion" refutes.
    Then dhsc_total_increase_2y is about £22 billion
    And source 002 supports it

  @expect_fail @cls_source
  Scenario: The NHS Confederation puts the total increase at £25 billion
    # why: 002 says "£22 billion", not £25 billion; the £25 billion is 005's ("An extra £25 billion over the next two years").
    Then dhsc_total_increase_2y is £25 billion
    And source 002 supports it

  @expect_fail @cls_derived
  Scenario: Day-to-day and capital increases together come to about £22 billion
    # why: 000 "£22.6 billion" day-to-day plus "£3.1bn" capital = [25.6, 25.8] bn, disjoint from about 22 ([21.5, 22.5] bn); 002's "£22 billion … revenue and capital" does not follow from the parts.
    Then dhsc_resource_increase_2y and dhsc_capital_increase_2y together are about £22 billion

  @expect_pass @cls_dispute @disputed
  Scenario: Day-to-day and capital increases together come to more than £25 billion
    000 gives both parts (£22.6 billion and £3.1bn, together 25.6 to 25.8 billion) and
    supports it; 004's "£22.6 million" for the DHSC, with the £3.1 billion capital of the
    other sources, refutes it.
    # why: 000 "£22.6 billion" + "£3.1bn" = [25.6, 25.8] bn > 25 bn; 005 "£22.6 billion" + "£3.1 billion" the same; 004 "£22.6 million" + 3.1 bn ≈ 3.1 bn refutes.
    Then dhsc_resource_increase_2y and dhsc_capital_increase_2y together are more than £25 billion
    And source 000 supports it

  @expect_pass @cls_control
  Scenario: The increase is the largest real-terms growth in day-to-day NHS spending since 2010 outside Covid
    # why: 000 and 001 quote Reeves "This is the largest real-terms growth in day-to-day NHS spending outside of Covid since 2010"; 005 "the largest real terms growth in its budget since 2010, outside of the pandemic".
    Then largest_real_growth_since_2010_outside_covid holds
    And at least 3 sources support it

  @expect_fail @cls_statement
  Scenario: The increase is not the largest real-terms growth in day-to-day NHS spending since 2010 outside Covid
    # why: 000, 001 and 005 support the statement ("the largest real-terms growth … since 2010"); its negation is refuted.
    Then largest_real_growth_since_2010_outside_covid does not hold

  @expect_fail @cls_source
  Scenario: The NHS Confederation calls it the largest real-terms growth since 2010
    # why: 002 never says it: its key points speak of "a £22 billion increase" and per-cent rises only; the statement is in 000, 001 and 005.
    Then largest_real_growth_since_2010_outside_covid holds
    And source 002 supports it

  @expect_pass @cls_control
  Scenario: Health experts warn patients may not feel the impact of the increase
    # why: 001 "But health experts said patients may not feel the impact as much of the increase would be absorbed by pay rises and higher care costs."
    Then patients_may_not_feel_impact holds
    And source 001 supports it
