#include "phonenumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd::intake {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

} // namespace

QString PhoneNumber::masked() const
{
    if (digits.size() <= 7)
        return QString(digits.size() - 4, u'*') + last4();
    return digits.left(3) + u"****"_s + last4();
}

QString asciiDigits(const QString &typed)
{
    QString digits;
    for (QChar c : typed.normalized(QString::NormalizationForm_KC)) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits;
}

PhoneParse parsePhone(const QString &typed)
{
    QString compact;
    for (QChar c : typed.normalized(QString::NormalizationForm_KC)) {
        if (!isSeparator(c))
            compact += c;
    }
    if (compact.isEmpty())
        return { std::nullopt, PhoneProblem::Empty };
    static const QRegularExpression shape(u"^\\+?[0-9]+$"_s);
    if (!shape.match(compact).hasMatch())
        return { std::nullopt, PhoneProblem::NotDigits };

    static const QRegularExpression mobile(u"^(?:\\+86|0086|86)?(1[3-9][0-9]{9})$"_s);
    static const QRegularExpression landline(u"^0[1-9][0-9]{1,2}[2-9][0-9]{6,7}$"_s);
    static const QRegularExpression international(u"^\\+[1-9][0-9]{7,14}$"_s);
    if (auto m = mobile.match(compact); m.hasMatch())
        return { PhoneNumber { PhoneNumber::Kind::Mobile, m.captured(1) }, PhoneProblem::Empty };
    if (landline.match(compact).hasMatch() && compact.size() <= 12)
        return { PhoneNumber { PhoneNumber::Kind::Landline, compact }, PhoneProblem::Empty };
    // +86 followed by something that is no mobile is a landline without its leading 0.
    if (compact.startsWith(u"+86"_s)) {
        const QString domestic = u"0"_s + compact.mid(3);
        if (landline.match(domestic).hasMatch() && domestic.size() <= 12)
            return { PhoneNumber { PhoneNumber::Kind::Landline, domestic }, PhoneProblem::Empty };
        return { std::nullopt, PhoneProblem::WrongShape };
    }
    if (international.match(compact).hasMatch())
        return { PhoneNumber { PhoneNumber::Kind::International, compact }, PhoneProblem::Empty };
    return { std::nullopt, PhoneProblem::WrongShape };
}

QString normalizedName(const QString &typed)
{
    const QString folded = typed.normalized(QString::NormalizationForm_KC).simplified();
    bool han = false;
    for (char32_t c : folded.toUcs4()) {
        if (isHan(c)) {
            han = true;
            break;
        }
    }
    if (!han)
        return folded;
    QString joined = folded;
    joined.remove(u' ');
    return joined;
}

} // namespace gd::intake
