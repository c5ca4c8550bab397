package org.citygov.plantracker.interfaces.rest;

import org.citygov.plantracker.test.Api;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic on the API: no or wrong credentials → 401 with a JSON body and a Basic challenge. */
@ExtendWith(ArquillianExtension.class)
class RestAuthenticationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void withoutCredentialsTheAnswerIs401JsonWithABasicChallenge() {
        Api.Reply reply = Api.at(base).get("projects");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
        assertThat(reply.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(reply.json().path("status").asInt()).isEqualTo(401);
        assertThat(reply.json().path("error").asText()).isEqualTo("unauthorized");
        assertThat(reply.json().path("message").asText()).isEqualTo("需要登录：请使用 HTTP Basic 认证或个人 API 令牌（Authorization: Bearer …）。");
    }

    @Test
    void everyResourceIsGuarded() {
        for (String path : new String[]{"plans", "jurisdictions", "jurisdictions/ZZ", "indicators", "programs",
                "programs/C1.4", "projects/NO-SUCH"}) {
            Api.Reply reply = Api.at(base).get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.json().path("status").asInt()).as(path).isEqualTo(401);
        }
    }

    @Test
    void aWrongPasswordIs401InTheCallersLanguage() {
        Api.Reply reply = Api.at(base).as("city", "not-the-password").inLanguage("en").get("projects");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isPresent();
        assertThat(reply.json().path("message").asText()).isEqualTo("Wrong user name or password.");
    }

    @Test
    void anUnknownUserIs401() {
        Api.Reply reply = Api.at(base).as("nobody-" + System.nanoTime(), "demo123").get("plans");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void basicIsStatelessNoSessionOutlivesTheCall() {
        Api.Reply signedIn = Api.at(base).as("city").get("plans");

        assertThat(signedIn.status()).isEqualTo(200);
        // no live session cookie: none at all, or one the server already expires
        signedIn.header("Set-Cookie").filter(c -> c.startsWith("JSESSIONID=")).ifPresent(cookie -> {
            assertThat(cookie).as("session cookie").containsAnyOf("Expires=Thu, 01-Jan-1970", "Max-Age=0");
            String session = cookie.substring(0, cookie.indexOf(';'));
            assertThat(Api.at(base).withCookie(session).get("plans").status()).as("the session is closed").isEqualTo(401);
        });
    }

    @Test
    void malformedCredentialsAre401() {
        Api.Reply notBase64 = Api.at(base).withAuthorization("Basic %%%").get("plans");
        Api.Reply noColon = Api.at(base).withAuthorization("Basic Y2l0eQ==").get("plans");
        Api.Reply otherScheme = Api.at(base).withAuthorization("Bearer abc").get("plans");

        assertThat(notBase64.status()).isEqualTo(401);
        assertThat(noColon.status()).isEqualTo(401);
        assertThat(otherScheme.status()).isEqualTo(401);
        assertThat(otherScheme.header("WWW-Authenticate")).isPresent();
    }
}
