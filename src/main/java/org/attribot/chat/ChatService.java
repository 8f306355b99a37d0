package org.attribot.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.attribot.actorcard.ActorCard;
import org.attribot.actorcard.ActorCards;
import org.attribot.answer.Answer;
import org.attribot.conversation.QuestionLimit;
import org.attribot.conversation.RateLimiter;
import org.attribot.digest.Destination;
import org.attribot.digest.Subscriptions;
import org.attribot.statement.Statements;
import org.attribot.statement.StoredStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat use cases of one door: a command or question in, a {@link ChatReply} out, with the
 * question length limit and the per-user rate, the answers given and the votes on them, and the
 * {@link ChatLedger} of what the door received and sent. A door reads its platform's input into
 * an {@link Origin} and a {@link Command}, calls this, and renders the reply in its own markup.
 */
public final class ChatService {
  private static final Logger LOG = LoggerFactory.getLogger(ChatService.class);
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  static final String TOO_FAST = "You are asking faster than I can keep up with; please wait a minute and ask again.";
  static final String THANKS = "Thanks for the feedback.";
  static final String EXPIRED = "That button has expired.";

  /** What the service works with: the answerer, actor cards, digest subscriptions, and the records it keeps. */
  public record Ports(Answerer answerer, ActorCards actors, Subscriptions subscriptions, Statements statements,
      AnswersGiven answers, ChatUpdates updates, SentParts sent) {}

  /** How much a door takes: questions per user a minute, the longest question. */
  public record Limits(int perMinute, QuestionLimit question) {}

  private final Door door;
  private final Ports ports;
  private final QuestionLimit limit;
  private final RateLimiter limiter;
  private final ChatLedger ledger;
  private final Clock clock;

  public ChatService(Door door, Ports ports, Limits limits, Clock clock) {
    this.door = door;
    this.ports = ports;
    this.limit = limits.question();
    this.limiter = new RateLimiter(limits.perMinute(), clock);
    this.ledger = new ChatLedger(door, ports.updates(), ports.sent(), clock);
    this.clock = clock;
  }

  public Door door() {
    return door;
  }

  /** What this door received and sent. */
  public ChatLedger ledger() {
    return ledger;
  }

  /**
   * Why a question is not answered — none asked, too long, or the asker over their rate (a
   * question not {@code counted}, one handled again after a restart, is not counted again) —
   * checked before any work; empty for a question that may be asked and for any other command.
   */
  public Optional<ChatReply> refusal(Origin origin, Command command, boolean counted) {
    if (!command.isQuestion()) {
      return Optional.empty();
    }
    if (command.text().isBlank()) {
      return Optional.of(new ChatReply.Usage(Command.ASK));
    }
    Optional<String> tooLong = limit.refusal(command.text());
    if (tooLong.isPresent()) {
      return Optional.of(new ChatReply.Message(tooLong.get()));
    }
    if (counted && !limiter.allow(origin.asker())) {
      return Optional.of(new ChatReply.Message(TOO_FAST));
    }
    return Optional.empty();
  }

  /** Does what the command asks; a question is answered (check {@link #refusal} first) and the answer recorded. */
  public ChatReply handle(Origin origin, Command command) {
    return switch (command.name()) {
      case "start" -> intro();
      case "help" -> new ChatReply.Help();
      case "sources" -> new ChatReply.Sources(ports.statements().latest(5));
      case "actor" -> actor(command.text());
      case "subscribe" -> new ChatReply.Message(ports.subscriptions().subscribe(destination(origin), command.text()).message());
      case "unsubscribe" -> new ChatReply.Message(ports.subscriptions().unsubscribe(destination(origin))
          ? "Unsubscribed: no more digest here." : "This " + door.place() + " was not subscribed.");
      case "reset" -> {
        ports.answerer().forget(origin.conversation());
        yield new ChatReply.Message("Forgotten. Ask anew.");
      }
      case Command.ASK -> ask(origin, command.text());
      default -> new ChatReply.Unknown(command.name());
    };
  }

  /** Records a user's vote (+1 or -1) on an answer given: thanks, or that the button has expired. */
  public ChatReply.Message vote(String answerId, String user, int vote) {
    try {
      long id = Long.parseLong(answerId.strip());
      if (ports.answers().answer(id).isEmpty()) {
        throw new IllegalArgumentException("no answer " + id);
      }
      ports.answers().feedback(id, door.voterPrefix() + user, vote > 0 ? 1 : -1, clock.instant());
      return new ChatReply.Message(THANKS);
    } catch (RuntimeException e) {
      LOG.warn("a vote could not be recorded: {}", e.toString());
      return new ChatReply.Message(EXPIRED);
    }
  }

  /** An answer given before, by the id its buttons carry; empty when there is none (or it cannot be read). */
  public Optional<ChatReply.Answered> given(String answerId) {
    try {
      long id = Long.parseLong(answerId.strip());
      Optional<String> json = ports.answers().answer(id);
      return json.isEmpty() ? Optional.empty()
          : Optional.of(new ChatReply.Answered(JSON.readValue(json.get(), Answer.class), id));
    } catch (RuntimeException | JsonProcessingException e) {
      LOG.warn("answer {} could not be read back: {}", answerId, e.toString());
      return Optional.empty();
    }
  }

  private ChatReply ask(Origin origin, String question) {
    Answer answer = ports.answerer().ask(origin.conversation(), question);
    String json;
    try {
      json = JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    long id = ports.answers().answerGiven(door.name() + ":" + origin.place(), question, json, clock.instant());
    return new ChatReply.Answered(answer, id);
  }

  private ChatReply intro() {
    List<StoredStatement> latest = ports.statements().latest(1);
    return new ChatReply.Intro(ports.statements().statementCount(),
        latest.isEmpty() ? null : latest.get(0).statement().published());
  }

  private ChatReply actor(String name) {
    if (name.isBlank()) {
      return new ChatReply.Usage("actor");
    }
    List<ActorCard> cards = ports.actors().cards(name);
    return cards.isEmpty() ? new ChatReply.Message("No actor, agency or country called \u201c" + name + "\u201d in my list.")
        : new ChatReply.Actors(cards);
  }

  private Destination destination(Origin origin) {
    return new Destination(door.name(), origin.place());
  }
}
