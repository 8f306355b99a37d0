package org.attribot.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.attribot.statement.Statement;

/**
 * Generates attribution statements with the shape of real ones — a headline, 5 to 21
 * sentences of 12 to 30 words, about 800 to 3,000 characters — and a vocabulary of real
 * size: 1,500 actor names, 60 countries, 40 sectors, and 4,000 other words drawn with a
 * Zipf-like skew, mixed with English function words. Seeded: every run makes the same corpus.
 */
public final class SyntheticCorpus {
  static final List<String> COUNTRIES = List.of("the United Kingdom", "the United States", "Germany", "France",
      "the Czech Republic", "Estonia", "the Netherlands", "Poland", "Canada", "Australia", "Japan", "Lithuania", "Sweden",
      "Denmark", "Romania", "Norway", "Finland", "Latvia", "Belgium", "Italy", "Spain", "Portugal", "Greece", "Austria",
      "Ireland", "Slovakia", "Slovenia", "Croatia", "Bulgaria", "Hungary", "Ukraine", "Moldova", "Georgia", "Armenia",
      "Israel", "Turkey", "India", "South Korea", "Taiwan", "Singapore", "Malaysia", "Indonesia", "Vietnam", "Philippines",
      "Thailand", "Brazil", "Mexico", "Chile", "Argentina", "Colombia", "South Africa", "Kenya", "Nigeria", "Egypt",
      "Saudi Arabia", "the United Arab Emirates", "Qatar", "New Zealand", "Switzerland", "Iceland");
  static final List<String> SECTORS = List.of("government ministries", "the energy sector", "hospitals", "a national parliament",
      "election infrastructure", "telecommunications providers", "logistics companies", "defence contractors",
      "water utilities", "universities", "a political party", "e-mail accounts of officials", "border crossing cameras",
      "cryptocurrency exchanges", "satellite operators", "media organisations", "port authorities", "airlines", "banks",
      "payment processors", "think tanks", "law firms", "pharmaceutical companies", "vaccine researchers", "railways",
      "shipping companies", "oil refineries", "nuclear regulators", "police forces", "courts", "tax authorities",
      "embassies", "foreign ministries", "military units", "arms manufacturers", "software vendors", "cloud providers",
      "internet exchanges", "sports bodies", "broadcasters");
  static final List<String> SPONSORS = List.of("the GRU", "the SVR", "the FSB", "the Ministry of State Security",
      "the Reconnaissance General Bureau", "the IRGC", "the People's Liberation Army", "Russian military intelligence");
  static final List<String> VERBS = List.of("attributed", "blamed", "accused", "linked", "tied", "held responsible");
  private static final List<String> ANIMALS = List.of("Panda", "Bear", "Kitten", "Chollima", "Spider", "Jackal",
      "Typhoon", "Blizzard", "Sandstorm", "Sleet", "Tempest", "Hail");
  private static final List<String> ADJECTIVES = List.of("Velvet", "Iron", "Silent", "Crimson", "Frozen", "Hidden",
      "Golden", "Shadow", "Copper", "Amber", "Ashen", "Brisk", "Cobalt", "Dusky", "Ember", "Feral", "Gilded", "Hollow",
      "Ivory", "Jade", "Keen", "Lunar", "Molten", "Nimble", "Onyx", "Pale", "Quiet", "Rusty", "Sable", "Tidal",
      "Umber", "Vivid", "Wicked", "Young", "Zealous", "Arctic", "Bitter", "Cinder", "Dire", "Eager", "Fabled",
      "Grim", "Hazel", "Icy", "Jolly", "Kindled", "Livid", "Murky", "Nether", "Opal", "Prime", "Rapid", "Solar",
      "Tawny", "Ultra", "Vast", "Woven", "Xeric", "Yonder", "Zinc", "Azure", "Bronze", "Coral", "Delta", "Echo",
      "Flint", "Garnet", "Harbor", "Indigo", "Juniper", "Kelp", "Lilac", "Maple", "Nova", "Ocher", "Pewter", "Quartz",
      "Raven", "Slate", "Topaz", "Umbra", "Violet", "Willow", "Xenon", "Yellow", "Zephyr", "Alpine", "Basalt",
      "Cedar", "Dune", "Elder", "Fjord", "Granite", "Heath", "Island", "Jasper", "Kestrel", "Lagoon", "Marble", "Night",
      "Orchid", "Pine", "Quill", "Ridge", "Storm", "Thorn", "Upland", "Vale", "Wren", "Yarrow", "Zenith", "Aspen",
      "Birch", "Clover", "Dawn", "Ebony", "Fern", "Glacier", "Hemlock", "Iris", "Jet", "Kiln", "Lotus", "Mist");
  private static final List<String> FUNCTION = List.of("the", "of", "and", "to", "in", "a", "that", "for", "on", "with",
      "as", "by", "was", "were", "its", "their", "from", "had", "has", "which", "said", "also", "after", "against");
  private static final String[] SYLLABLES = {"ka", "ro", "mi", "te", "lu", "sa", "no", "vi", "de", "po", "ra", "le",
      "tor", "men", "tal", "vis", "com", "pre", "sec", "net", "dat", "ser", "val", "gen", "ops", "ent", "ion", "ary"};

  private final Random random;
  private final List<String> actors = new ArrayList<>();
  private final List<String> words = new ArrayList<>();

  private SyntheticCorpus(long seed) {
    this.random = new Random(seed);
    for (String adjective : ADJECTIVES) {
      for (String animal : ANIMALS) {
        actors.add(adjective + " " + animal);
      }
    }
    for (int i = 1; actors.size() < 1500; i++) {
      actors.add("UNC" + (1000 + i * 7));
    }
    Random w = new Random(seed ^ 0x5DEECE66DL);
    while (words.size() < 4000) {
      StringBuilder word = new StringBuilder();
      for (int s = 2 + w.nextInt(3); s > 0; s--) {
        word.append(SYLLABLES[w.nextInt(SYLLABLES.length)]);
      }
      words.add(word.toString());
    }
  }

  public static List<Statement> generate(int count, long seed) {
    SyntheticCorpus c = new SyntheticCorpus(seed);
    List<Statement> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(c.statement(i));
    }
    return out;
  }

  private Statement statement(int i) {
    String attributor = capitalise(pick(COUNTRIES));
    String actor = pick(actors);
    String sponsor = pick(SPONSORS);
    String title = attributor + " " + pick(VERBS) + " " + actor + " over attacks on " + pick(SECTORS);
    StringBuilder text = new StringBuilder(title).append('\n');
    int sentences = 5 + random.nextInt(17);
    for (int s = 0; s < sentences; s++) {
      if (random.nextInt(3) == 0) {
        text.append(capitalise(pick(COUNTRIES))).append(' ').append(pick(VERBS)).append(" the targeting of ")
            .append(pick(SECTORS)).append(" in ").append(pick(COUNTRIES)).append(" in ").append(2015 + random.nextInt(11))
            .append(" to ").append(actor).append(", a group it said was run by ").append(sponsor).append(". ");
      } else {
        text.append(filler()).append(". ");
      }
      if (random.nextInt(5) == 0) {
        text.append('\n');
      }
    }
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
    return new Statement("synthetic-" + i, title, "Synthetic Wire", null, published,
        "https://example.org/synthetic/" + i, "en", text.toString().strip());
  }

  private String filler() {
    int n = 12 + random.nextInt(19);
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        s.append(' ');
      }
      s.append(random.nextInt(5) < 2 ? pick(FUNCTION) : words.get(zipf(words.size())));
    }
    return capitalise(s.toString());
  }

  /** An index skewed towards the front, as word frequencies are. */
  private int zipf(int n) {
    return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, random.nextDouble())) - 1);
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Questions in the forms analysts ask, over the same vocabulary. */
  public static List<String> questions(int count, long seed) {
    SyntheticCorpus c = new SyntheticCorpus(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String country = c.pick(COUNTRIES).replaceFirst("^the ", "");
      out.add(switch (c.random.nextInt(4)) {
        case 0 -> "who hacked " + c.pick(SECTORS) + " in " + country + "?";
        case 1 -> "Which governments blamed " + c.pick(c.actors) + "?";
        case 2 -> "What did " + country + " say about " + c.pick(c.actors) + "?";
        default -> "when were " + c.pick(SECTORS) + " targeted by " + c.pick(c.actors) + "?";
      });
    }
    return out;
  }

  /**
   * Stand-in vectors for a corpus too large to embed in a benchmark's minutes: the normalised
   * sum of a fixed random unit vector per word (so texts that share words are near), with the
   * model's dimension. Cheap, deterministic, and as costly to store and search as real ones.
   */
  public static final class HashedVectors {
    private final int dimension;
    private final Map<String, float[]> perWord = new HashMap<>();

    public HashedVectors(int dimension) {
      this.dimension = dimension;
    }

    public float[] of(String text) {
      float[] sum = new float[dimension];
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.isEmpty()) {
          continue;
        }
        float[] v = perWord.computeIfAbsent(w, k -> {
          Random r = new Random(k.hashCode());
          float[] x = new float[dimension];
          for (int i = 0; i < dimension; i++) {
            x[i] = (float) r.nextGaussian();
          }
          return x;
        });
        for (int i = 0; i < dimension; i++) {
          sum[i] += v[i];
        }
      }
      double norm = 0;
      for (float x : sum) {
        norm += x * x;
      }
      float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < dimension; i++) {
        sum[i] *= scale;
      }
      return sum;
    }
  }
}
