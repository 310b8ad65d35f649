/**
 * IPTC Media Topics (top level) and the words that tell a story belongs to one. The codes are IPTC's;
 * the cue words are ours. A topic is given when at least three of its cue words occur.
 */
export const MEDIA_TOPICS: readonly { code: string; cues: readonly string[] }[] = [
  { code: "01000000", cues: ["art", "arts", "culture", "cultural", "museum", "film", "music", "festival", "exhibition", "heritage"] },
  { code: "02000000", cues: ["crime", "police", "court", "arrest", "arrested", "trial", "prosecutor", "judge", "sentenced", "lawsuit"] },
  { code: "03000000", cues: ["disaster", "earthquake", "flood", "floods", "wildfire", "hurricane", "typhoon", "tsunami", "accident", "emergency", "rescue"] },
  { code: "04000000", cues: ["economy", "economic", "trade", "tariff", "tariffs", "investment", "market", "markets", "business", "finance", "financial", "export", "exports", "fisheries", "industry", "prices", "demand", "buyers", "percent", "growth", "currency", "currencies"] },
  { code: "05000000", cues: ["education", "school", "schools", "university", "universities", "students", "teachers", "scholarship"] },
  { code: "06000000", cues: ["environment", "climate", "emissions", "pollution", "biodiversity", "conservation", "stocks", "ocean", "oceans", "marine", "warming"] },
  { code: "07000000", cues: ["health", "disease", "vaccine", "vaccines", "pandemic", "hospital", "medical", "virus", "outbreak"] },
  { code: "09000000", cues: ["labour", "labor", "workers", "jobs", "employment", "union", "unions", "wages", "strike"] },
  { code: "11000000", cues: ["minister", "ministers", "diplomatic", "diplomacy", "government", "governments", "statement", "talks", "officials", "allies", "ally", "foreign", "summit", "dialogue", "bilateral", "treaty", "election", "president"] },
  { code: "12000000", cues: ["religion", "religious", "church", "mosque", "temple", "faith", "pope"] },
  { code: "13000000", cues: ["science", "scientific", "research", "researchers", "technology", "data", "satellite", "space"] },
  { code: "14000000", cues: ["society", "social", "migration", "migrants", "refugees", "poverty", "welfare", "housing"] },
  { code: "15000000", cues: ["sport", "sports", "football", "olympic", "olympics", "championship", "tournament"] },
  { code: "16000000", cues: ["military", "defense", "defence", "deterrence", "nuclear", "missile", "missiles", "war", "troops", "bombers", "weapons", "armed", "conflict", "ceasefire", "peace", "security", "threats", "ballistic", "denuclearization", "provocation", "exercises", "intercepts"] },
  { code: "17000000", cues: ["weather", "storm", "rain", "snow", "temperatures", "forecast"] },
];
