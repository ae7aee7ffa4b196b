// The words demo data is made of: surnames with their frequency, given names, categories,
// remarks, and the fashion tag library. Kept apart from the generator's logic.
#pragma once

#include <span>

namespace gd::demo::vocabulary {

struct Weighted
{
    const char16_t *text;
    int weight;
};

struct TagGroupSpec
{
    const char *code;
    const char16_t *name;
    const char *nameEn;
    bool multiSelect;
    std::span<const char16_t *const> tags;
    std::span<const char *const> tagsEn;
};

std::span<const Weighted> surnames();
std::span<const char16_t *const> femaleGivenNames();
std::span<const char16_t *const> maleGivenNames();
std::span<const Weighted> categories();
std::span<const char16_t *const> remarks();
std::span<const char16_t *const> nicknames();
std::span<const char16_t *const> personalTags();
std::span<const char *const> personalTagsEn();
std::span<const TagGroupSpec> tagGroups();
std::span<const char *const> phonePrefixes();

} // namespace gd::demo::vocabulary
