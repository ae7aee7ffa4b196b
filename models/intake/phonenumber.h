// What a guide types as a phone number, checked and normalised. Shared by the quick entry,
// the CSV import and the reference server, so that all three accept the same numbers.
//
// The rule (after full-width digits become ASCII and spaces, '-', '.', '(' and ')' go):
// - a Chinese mobile: 11 digits 1[3-9]xxxxxxxxx, optionally after +86 / 0086 / 86;
// - a Chinese landline: 0, a 2–3 digit area code and a 7–8 digit number (10–12 digits);
// - any other country: '+' and 8–15 digits (E.164), e.g. +85291234567.
// Anything else is refused: the guide sees why and can fix it at the counter.
#pragma once

#include <QString>
#include <optional>

namespace gd::intake {

struct PhoneNumber
{
    enum class Kind
    {
        Mobile,
        Landline,
        International
    };
    Kind kind = Kind::Mobile;
    QString digits; // normalised: "13812341234", "02161234567", "+85291234567"

    // 138****1234: what the device may keep.
    [[nodiscard]] QString masked() const;
    [[nodiscard]] QString last4() const { return digits.right(4); }
};

enum class PhoneProblem
{
    Empty,
    NotDigits, // letters or other characters left after the separators went
    WrongShape, // digits, but no mobile, landline or international number
};

struct PhoneParse
{
    std::optional<PhoneNumber> number;
    PhoneProblem problem = PhoneProblem::Empty;
};

[[nodiscard]] PhoneParse parsePhone(const QString &typed);

// Digits only, full-width folded to ASCII ("１２３４" → "1234"); for last-4 look-ups.
[[nodiscard]] QString asciiDigits(const QString &typed);

// A person's name as it is stored and compared: NFKC (full-width letters folded), trimmed,
// runs of white space made one space, and no spaces at all in a name written in hanzi
// ("张 三" → "张三", "Li  Na" → "Li Na").
[[nodiscard]] QString normalizedName(const QString &typed);

} // namespace gd::intake
