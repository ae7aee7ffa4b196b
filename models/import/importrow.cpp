#include "importrow.h"

#include "intake/birthdayrules.h"
#include "intake/phonenumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd::import {

namespace {

constexpr const char16_t *problemKeys[] = {
    u"bad_bytes",         u"unclosed_quote",     u"text_after_quote",  u"field_too_long",
    u"too_many_fields",   u"control_characters", u"name_missing",      u"name_too_long",
    u"phone_invalid",     u"gender_unknown",     u"birthday_invalid",  u"level_unknown",
    u"nickname_too_long", u"remark_too_long",    u"duplicate_in_file", u"duplicate_in_store",
};

bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control
            && !(allowLineBreaks && (c == u'\n' || c == u'\t')))
            return true;
    }
    return false;
}

std::optional<QString> gender(const QString &cell)
{
    static const QStringList male = { u"男"_s, u"男士"_s, u"先生"_s, u"m"_s, u"male"_s, u"man"_s };
    static const QStringList female
        = { u"女"_s, u"女士"_s, u"小姐"_s, u"f"_s, u"female"_s, u"woman"_s };
    static const QStringList unknown = { QString(), u"未知"_s, u"保密"_s, u"-"_s, u"unknown"_s };
    const QString key = cell.toCaseFolded();
    if (male.contains(key))
        return u"M"_s;
    if (female.contains(key))
        return u"F"_s;
    if (unknown.contains(key))
        return QString();
    return std::nullopt;
}

std::optional<QString> level(const QString &cell)
{
    static const QList<std::pair<QString, QStringList>> levels = {
        { u"normal"_s, { u"普通"_s, u"普通会员"_s, u"普卡"_s, u"会员"_s, u"normal"_s } },
        { u"silver"_s, { u"银卡"_s, u"银卡会员"_s, u"银"_s, u"silver"_s } },
        { u"gold"_s, { u"金卡"_s, u"金卡会员"_s, u"金"_s, u"gold"_s } },
        { u"platinum"_s,
          { u"白金"_s, u"白金卡"_s, u"白金会员"_s, u"铂金"_s, u"铂金卡"_s, u"platinum"_s } },
    };
    const QString key = cell.toCaseFolded();
    for (const auto &[value, names] : levels) {
        if (names.contains(key))
            return value;
    }
    return std::nullopt;
}

// 1990-03-05, 1990/3/5, 1990.3.5, 19900305, 1990年3月5日, 3-5, 3月5日, an Excel time after
// it ("1990/3/5 0:00:00"); 农历/阴历/lunar before it and 闰 before the month for lunar dates.
std::optional<intake::Birthday> birthday(QString cell)
{
    intake::Birthday b;
    for (const QString &prefix : { u"农历"_s, u"阴历"_s, u"lunar"_s }) {
        if (cell.startsWith(prefix, Qt::CaseInsensitive)) {
            b.lunar = true;
            cell = cell.mid(prefix.size()).trimmed();
        }
    }
    static const QRegularExpression time(u"\\s+\\d{1,2}:\\d{2}(:\\d{2})?$"_s);
    cell.remove(time);
    static const QRegularExpression full(
        u"^(\\d{4})\\s*[-/.年]\\s*(闰)?\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"_s);
    static const QRegularExpression compact(u"^(\\d{4})()(\\d{2})(\\d{2})$"_s);
    static const QRegularExpression noYear(
        u"^()(闰)?\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"_s);
    for (const auto *pattern : { &full, &compact, &noYear }) {
        const auto m = pattern->match(cell);
        if (!m.hasMatch())
            continue;
        b.year = m.captured(1).toInt();
        b.leapMonth = !m.captured(2).isEmpty();
        b.month = m.captured(3).toInt();
        b.day = m.captured(4).toInt();
        if (b.leapMonth && !b.lunar)
            return std::nullopt;
        if (!intake::isPossibleBirthday(b))
            return std::nullopt;
        return b;
    }
    return std::nullopt;
}

} // namespace

QString importProblemKey(ImportProblem problem)
{
    return QString::fromUtf16(problemKeys[int(problem)]);
}

bool isSkipNotice(ImportProblem problem)
{
    return problem == ImportProblem::DuplicateInFile || problem == ImportProblem::DuplicateInStore;
}

ConvertedRow convertRow(const QStringList &cells, const QList<ImportField> &mapping, qint64 line)
{
    ConvertedRow row;
    customers::NewCustomer customer;
    customer.fields.insert(u"source"_s, u"import"_s);
    auto fail = [&](int column, ImportProblem problem, const QString &value) {
        row.problems.append({ line, column, problem, value.left(60) });
    };
    bool named = false;
    for (int column = 0; column < mapping.size(); ++column) {
        const ImportField field = mapping.at(column);
        if (field == ImportField::Ignore)
            continue;
        const QString raw = column < cells.size() ? cells.at(column) : QString();
        const QString cell = raw.normalized(QString::NormalizationForm_KC).trimmed();
        if (hasControlCharacters(cell, field == ImportField::Remark)) {
            fail(column, ImportProblem::ControlCharacters, QString());
            continue;
        }
        switch (field) {
        case ImportField::Ignore:
            break;
        case ImportField::Name: {
            const QString name = intake::normalizedName(cell);
            named = true;
            if (name.isEmpty())
                fail(column, ImportProblem::NameMissing, raw);
            else if (name.size() > 100)
                fail(column, ImportProblem::NameTooLong, raw);
            else
                customer.fields.insert(u"name"_s, name);
            break;
        }
        case ImportField::Phone: {
            if (cell.isEmpty())
                break;
            const intake::PhoneParse phone = intake::parsePhone(cell);
            if (!phone.number) {
                fail(column, ImportProblem::PhoneInvalid, raw);
                break;
            }
            customer.fields.insert(u"phone_masked"_s, phone.number->masked());
            customer.fields.insert(u"phone_last4"_s, phone.number->last4());
            customer.fullPhone = phone.number->digits;
            break;
        }
        case ImportField::Gender:
            if (const auto g = gender(cell)) {
                if (!g->isEmpty())
                    customer.fields.insert(u"gender"_s, *g);
            } else {
                fail(column, ImportProblem::GenderUnknown, raw);
            }
            break;
        case ImportField::Birthday:
            if (cell.isEmpty())
                break;
            if (const auto b = birthday(cell)) {
                const QJsonObject fields = b->fields();
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    customer.fields.insert(it.key(), it.value());
            } else {
                fail(column, ImportProblem::BirthdayInvalid, raw);
            }
            break;
        case ImportField::MemberLevel:
            if (cell.isEmpty())
                break;
            if (const auto l = level(cell))
                customer.fields.insert(u"member_level"_s, *l);
            else
                fail(column, ImportProblem::LevelUnknown, raw);
            break;
        case ImportField::Nickname:
            if (cell.size() > 100)
                fail(column, ImportProblem::NicknameTooLong, raw);
            else if (!cell.isEmpty())
                customer.fields.insert(u"nickname"_s, cell);
            break;
        case ImportField::Remark:
            if (cell.size() > 2000)
                fail(column, ImportProblem::RemarkTooLong, raw);
            else if (!cell.isEmpty())
                customer.fields.insert(u"remark"_s, cell);
            break;
        }
    }
    if (!named)
        fail(-1, ImportProblem::NameMissing, QString());
    if (row.problems.isEmpty())
        row.customer = std::move(customer);
    return row;
}

} // namespace gd::import
