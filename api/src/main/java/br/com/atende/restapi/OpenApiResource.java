package br.com.atende.restapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * The API's OpenAPI document, open to anyone: a versioned file beside the resources ({@code
 * openapi.json}), which IntakeApiIT checks against every resource method, so it cannot drift from
 * them unnoticed. Chosen over MicroProfile OpenAPI, which the server's standard configuration
 * leaves out, to keep one server configuration for pages and API.
 */
@Path("openapi")
public class OpenApiResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public InputStream document() {
    InputStream document = OpenApiResource.class.getResourceAsStream("openapi.json");
    if (document == null) {
      throw new NotFoundException();
    }
    return document;
  }
}
