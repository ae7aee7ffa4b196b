// Birthdays as Chinese customers record them: Gregorian or lunar (农历), with or without a
// year; and the ICU Chinese-calendar conversions that keep every lunar date a real one.
#pragma once

#include "demorecords.h"

namespace gd::demo {

class DemoRandom;

// A birthday for an adult customer (aged 18–68 at `today`, most around 33): ~15 % none
// recorded; of the rest ~20 % lunar, ~15 % without a year, ~0.5 % on 29 February (more than
// in life, so that every demo store has some). Lunar dates come from a real day through ICU,
// so they exist — leap months and 30th days included, in their natural share.
[[nodiscard]] DemoBirthday drawBirthday(DemoRandom &random, const QDate &today);

// The lunar date of a Gregorian day (ICU "zh@calendar=chinese", China time).
// Throws std::invalid_argument for an invalid date, std::runtime_error if ICU fails.
[[nodiscard]] DemoBirthday lunarOf(const QDate &date);

// The Gregorian day of a lunar date, or an invalid QDate if that lunar date does not exist
// (no such leap month that year, or day 30 of a 29-day month). year as in DemoBirthday.
[[nodiscard]] QDate gregorianOfLunar(int year, int month, bool leapMonth, int day);

} // namespace gd::demo
