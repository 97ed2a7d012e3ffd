package br.com.atende.restapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the intake API, under the module's context root: {@code /atende/api/v1}. */
@ApplicationPath("v1")
public class ApiApplication extends Application {}
