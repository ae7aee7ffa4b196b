#include "backoff.h"

#include <algorithm>

namespace gd::sync {

namespace {
constexpr int baseMs = 1000;
constexpr int capMs = 60'000;
} // namespace

Backoff::Backoff(quint32 seed)
    : m_random(seed)
{ }

int Backoff::nextDelayMs(std::optional<int> retryAfterSeconds)
{
    const int exponent = std::min(m_attempts, 16);
    ++m_attempts;
    const double ideal = std::min<double>(capMs, double(baseMs) * double(1 << exponent));
    const int jittered = int(ideal * (0.5 + m_random.generateDouble()));
    const int delay = std::clamp(jittered, baseMs / 2, capMs);
    if (retryAfterSeconds && *retryAfterSeconds > 0)
        return std::max(delay, std::min(*retryAfterSeconds, 3600) * 1000);
    return delay;
}

} // namespace gd::sync
