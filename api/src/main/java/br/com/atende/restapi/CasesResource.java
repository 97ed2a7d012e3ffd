package br.com.atende.restapi;

import br.com.atende.cases.application.ConversationCursor;
import br.com.atende.cases.application.ConversationSlice;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import br.com.atende.integration.application.ApiOpening;
import br.com.atende.integration.application.CaseCursor;
import br.com.atende.integration.application.CaseFilter;
import br.com.atende.integration.application.CasePage;
import br.com.atende.integration.application.IdempotencyRaceLostException;
import br.com.atende.integration.application.IntakeApiService;
import br.com.atende.integration.application.IntakeResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cases a client may see, and the POSTs that open one or add to one. Each method is one call of
 * {@link IntakeApiService}; every POST takes an {@code Idempotency-Key}: a retry answers with the
 * first result (marked {@code Idempotency-Replayed: true}) and does nothing again.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  /** How long a retry that lost the race waits for the first request's result to be committed. */
  private static final long RACE_WAIT_MILLIS = 15_000;

  @Inject private IntakeApiService intake;

  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(@HeaderParam("Idempotency-Key") String key, String body) {
    Bodies.OpenCase in = Requests.read(body, Bodies.OpenCase.class);
    ApiOpening opening =
        new ApiOpening(
            in.partyId(),
            in.contactId(),
            in.subject(),
            in.request(),
            Requests.parsed(in.priority(), "priority", Priority::valueOf),
            in.channel(),
            in.caseTypeId(),
            Requests.dateTime(in.dueDate(), "dueDate"),
            in.transcript() == null ? null : Requests.transcript(in.transcript(), "transcript"));
    return idempotent(key, body, hash -> intake.open(key, hash, opening));
  }

  @GET
  public Bodies.CaseList list(
      @QueryParam("status") String status,
      @QueryParam("priority") String priority,
      @QueryParam("partyId") Long partyId,
      @QueryParam("number") String number,
      @QueryParam("cursor") String cursor,
      @QueryParam("size") @DefaultValue("20") int size) {
    CasePage page =
        intake.list(
            new CaseFilter(
                Requests.parsed(status, "status", CaseStatus::valueOf),
                Requests.parsed(priority, "priority", Priority::valueOf),
                partyId,
                number),
            cursor == null || cursor.isBlank() ? null : CaseCursor.decode(cursor, "cursor"),
            size);
    return new Bodies.CaseList(
        page.cases().stream().map(Bodies.CaseRow::of).toList(),
        page.next() == null ? null : page.next().encoded());
  }

  @GET
  @Path("{id}")
  public Bodies.CaseView read(@PathParam("id") long id) {
    return Bodies.CaseView.of(intake.read(id));
  }

  @GET
  @Path("{id}/entries")
  public Bodies.Entries entries(
      @PathParam("id") long id,
      @QueryParam("before") String before,
      @QueryParam("size") @DefaultValue("50") int size) {
    ConversationCursor from =
        Requests.parsed(
            before,
            "before",
            text -> {
              CaseCursor c = CaseCursor.decode(text, "before");
              return new ConversationCursor(c.openedAt(), c.id());
            });
    ConversationSlice slice = intake.entries(id, from, size);
    ConversationCursor earlier = slice.earlierFrom();
    return new Bodies.Entries(
        slice.entries().stream().map(Bodies.Entry::of).toList(),
        earlier == null ? null : new CaseCursor(earlier.createdAt(), earlier.id()).encoded());
  }

  @POST
  @Path("{id}/contacts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response appendContact(
      @PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, String body) {
    Bodies.Contact in = Requests.read(body, Bodies.Contact.class);
    String channel = in.channel() == null || in.channel().isBlank() ? "WEB" : in.channel();
    return idempotent(
        key, body, hash -> intake.appendContact(key, hash, id, in.partyId(), channel, in.text()));
  }

  @POST
  @Path("{id}/transcripts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response appendTranscript(
      @PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, String body) {
    Bodies.Transcript in = Requests.read(body, Bodies.Transcript.class);
    var transcript = Requests.transcript(in.messages(), "messages");
    return idempotent(
        key, body, hash -> intake.appendTranscript(key, hash, id, in.partyId(), transcript));
  }

  /**
   * Runs a POST; when another request with the same key was stored first (the database refused this
   * one's record and rolled it back), waits for that one's result and answers with it.
   */
  private Response idempotent(String key, String body, Function<String, IntakeResult> post) {
    String hash = Requests.hash(body);
    IntakeResult result;
    try {
      result = post.apply(hash);
    } catch (IdempotencyRaceLostException lost) {
      result = firstResult(key, hash).orElseThrow(() -> lost);
    }
    Response.ResponseBuilder answer =
        Response.status(result.status())
            .entity(Bodies.CaseView.of(result.supportCase()))
            .location(
                uri.getBaseUriBuilder()
                    .path(CasesResource.class)
                    .path(String.valueOf(result.supportCase().id()))
                    .build());
    if (result.replayed()) {
      answer.header("Idempotency-Replayed", "true");
    }
    return answer.build();
  }

  private Optional<IntakeResult> firstResult(String key, String hash) {
    long deadline = System.currentTimeMillis() + RACE_WAIT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      Optional<IntakeResult> first = intake.replay(key, hash);
      if (first.isPresent()) {
        return first;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
