package br.com.atende.integration.application;

import br.com.atende.integration.model.ApiScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator fills in to create an API client.
 *
 * @param departmentId where the client's cases go; its company is the client's
 * @param clearance compared with a case's access level, as an agent's is
 * @param requestsPerMinute the client's rate limit: requests past it are answered 429
 */
public record NewApiClient(
    @NotBlank(message = "{error.required}") @Size(max = 100, message = "{error.tooLong}")
        String name,
    @NotNull(message = "{error.required}") Long departmentId,
    @Min(value = 0, message = "{error.accessLevel.negative}")
        @Max(value = 3, message = "{error.apiClient.clearance}")
        int clearance,
    @NotEmpty(message = "{error.apiClient.scopes}") Set<ApiScope> scopes,
    @Min(value = 1, message = "{error.apiClient.rate}")
        @Max(value = 100000, message = "{error.apiClient.rate}")
        int requestsPerMinute) {

  public NewApiClient {
    scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
  }
}
