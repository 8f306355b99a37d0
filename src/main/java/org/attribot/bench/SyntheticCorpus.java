package org.attribot.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attribot.statement.Statement;

/**
 * Generates attribution statements with the shape of real ones — a headline, 8 to 30
 * sentences of 15 to 35 words, about 1,500 to 5,000 characters — from a fixed vocabulary of
 * attributors, actors, sponsors, targets and verbs, seeded so every run makes the same corpus.
 */
public final class SyntheticCorpus {
  static final List<String> ATTRIBUTORS = List.of("The United Kingdom", "The United States", "Germany", "France",
      "The Czech Republic", "Estonia", "NATO", "The European Union", "The Netherlands", "Poland", "Canada", "Australia",
      "Japan", "Lithuania", "Sweden", "Denmark", "Romania", "The NCSC", "The FBI", "CISA", "Microsoft", "Norway");
  static final List<String> ACTORS = List.of("APT28", "Fancy Bear", "APT 29", "Sandworm", "Unit 29155", "Volt Typhoon",
      "Salt Typhoon", "APT31", "APT40", "Lazarus Group", "Kimsuky", "Turla", "Charming Kitten", "CyberAv3ngers",
      "Gamaredon", "Star Blizzard", "UNC3886", "Mustang Panda", "Void Blizzard", "TraderTraitor");
  static final List<String> SPONSORS = List.of("the GRU", "the SVR", "the FSB", "the Ministry of State Security",
      "the Reconnaissance General Bureau", "the IRGC", "Russian military intelligence", "the People's Liberation Army");
  static final List<String> TARGETS = List.of("government ministries", "the energy sector", "hospitals",
      "a national parliament", "election infrastructure", "telecommunications providers", "logistics companies",
      "defence contractors", "water utilities", "universities", "a political party", "e-mail accounts of officials",
      "border crossing cameras", "cryptocurrency exchanges", "satellite operators", "media organisations");
  static final List<String> VERBS = List.of("attributed", "blamed", "accused", "linked", "tied", "held responsible");
  static final List<String> FILLER = List.of("The statement said the campaign had run for several months",
      "Officials declined to give further details of the investigation", "The ministry summoned the ambassador",
      "Security agencies published technical indicators for network defenders",
      "The attacks exploited a vulnerability in widely used e-mail software",
      "Allies pledged to respond in a coordinated manner and to strengthen cyber resilience",
      "The embassy rejected the accusations and said no evidence had been presented",
      "Investigators found that credentials had been stolen through spear-phishing messages",
      "The operation was described as part of a wider pattern of hybrid activity",
      "Partners were urged to apply patches and to monitor for suspicious logins");

  private SyntheticCorpus() {}

  public static List<Statement> generate(int count, long seed) {
    Random random = new Random(seed);
    List<Statement> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(statement(i, random));
    }
    return out;
  }

  private static Statement statement(int i, Random r) {
    String attributor = pick(ATTRIBUTORS, r);
    String actor = pick(ACTORS, r);
    String sponsor = pick(SPONSORS, r);
    String title = attributor + " " + pick(VERBS, r) + " " + actor + " over attacks on " + pick(TARGETS, r);
    StringBuilder text = new StringBuilder(title).append('\n');
    int sentences = 8 + r.nextInt(23);
    for (int s = 0; s < sentences; s++) {
      if (r.nextInt(3) == 0) {
        text.append(pick(FILLER, r)).append(". ");
      } else {
        text.append(pick(ATTRIBUTORS, r)).append(' ').append(pick(VERBS, r)).append(" the targeting of ")
            .append(pick(TARGETS, r)).append(" in ").append(2015 + r.nextInt(11)).append(" to ").append(actor)
            .append(", a group it said was run by ").append(sponsor).append(", and to ").append(pick(ACTORS, r))
            .append(". ");
      }
      if (r.nextInt(4) == 0) {
        text.append('\n');
      }
    }
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
    return new Statement("synthetic-" + i, title, "Synthetic Wire", null, published,
        "https://example.org/synthetic/" + i, "en", text.toString().strip());
  }

  private static String pick(List<String> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  /** Questions in the form analysts ask, over the same vocabulary. */
  public static List<String> questions(int count, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(switch (r.nextInt(4)) {
        case 0 -> "who hacked " + pick(TARGETS, r) + "?";
        case 1 -> "Which governments blamed " + pick(ACTORS, r) + "?";
        case 2 -> "What did " + pick(ATTRIBUTORS, r).replaceFirst("^The ", "the ") + " say about " + pick(ACTORS, r) + "?";
        default -> "when was " + pick(TARGETS, r) + " targeted by " + pick(ACTORS, r) + "?";
      });
    }
    return out;
  }
}
