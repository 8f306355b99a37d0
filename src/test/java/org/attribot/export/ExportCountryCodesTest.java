package org.attribot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.junit.jupiter.api.Test;

class ExportCountryCodesTest {
  final Gazetteer gazetteer = Gazetteer.loadDefault();

  @Test
  void everyCountryOfTheActorListHasItsIsoCodeButThoseThatHaveNone() {
    List<String> missing = gazetteer.entities(Entity.Kind.COUNTRY).stream()
        .filter(e -> CountryCodes.of(e.canonical(), gazetteer).isEmpty()).map(Entity::canonical).toList();
    assertEquals(List.of("Kosovo", "Netherlands Antilles", "Serbia and Montenegro"), missing.stream().sorted().toList());
  }

  @Test
  void namesAndShortFormsMapToTheirCodes() {
    assertEquals(Optional.of("CZ"), CountryCodes.of("Czech Republic", gazetteer));
    assertEquals(Optional.of("CZ"), CountryCodes.of("Czechia", gazetteer));
    assertEquals(Optional.of("GB"), CountryCodes.of("United Kingdom", gazetteer));
    assertEquals(Optional.of("US"), CountryCodes.of("United States", gazetteer));
    assertEquals(Optional.of("RU"), CountryCodes.of("Russia", gazetteer));
    assertEquals(Optional.of("KP"), CountryCodes.of("North Korea", gazetteer));
    assertEquals(Optional.of("KR"), CountryCodes.of("South Korea", gazetteer));
    assertEquals(Optional.of("IR"), CountryCodes.of("Iran", gazetteer));
    assertEquals(Optional.of("CN"), CountryCodes.of("China", gazetteer));
    assertEquals(Optional.empty(), CountryCodes.of("logistics sector", gazetteer));
  }
}
