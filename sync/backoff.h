// Exponential backoff with jitter for retries: 1 s doubling to 60 s, each delay drawn
// uniformly within ±50 % so that many devices coming back at once do not stampede.
#pragma once

#include <QRandomGenerator>
#include <optional>

namespace gd::sync {

class Backoff
{
public:
    explicit Backoff(quint32 seed = QRandomGenerator::global()->generate());
    // The next delay; a server's Retry-After (seconds) wins when it is longer.
    int nextDelayMs(std::optional<int> retryAfterSeconds = std::nullopt);
    void reset() { m_attempts = 0; }
    [[nodiscard]] int attempts() const { return m_attempts; }

private:
    QRandomGenerator m_random;
    int m_attempts = 0;
};

} // namespace gd::sync
