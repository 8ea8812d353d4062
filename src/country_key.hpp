#pragma once
// The form in which two spellings of a country name are compared.

#include <string>
#include <string_view>

namespace coopstat {

/// `name` reduced to what tells countries apart, so that its common spellings meet:
/// - Unicode case folding and compatibility forms, accents removed ("Türkiye", "TURKIYE" → "turkiye");
/// - an inverted form turned round: "Korea, Republic of" and "Bolivia (Plurinational State of)" read as
///   "Republic of Korea" and "Plurinational State of Bolivia";
/// - punctuation and symbols such as "&" as word breaks ("U.S." → "u s");
/// - the abbreviations of published tables spelled out: St → saint, Ste → sainte, Rep → republic,
///   Dem → democratic, Fed → federated, Sts → states;
/// - the words "the", "of" and "and" dropped ("Korea, Rep." and "Republic of Korea" → "republic korea").
/// Words are joined by one space; a name with no letters or digits gives "".
std::string country_name_key(std::string_view name);

}  // namespace coopstat
