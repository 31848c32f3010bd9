package dev.neptun.auth.boundary;

import dev.neptun.platform.refusals.InvalidInput;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The auth bodies keep the camelCase names of the original client ({@code confirmPassword}). */
public record SignUpRequest(
        @JsonbProperty("email") @NotNull @Size(min = 5, max = 256) @Email String email,
        @JsonbProperty("password") @NotNull @Size(min = 8, max = 256)
        @Pattern(regexp = "(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).*",
                message = "must contain a lower-case letter, an upper-case letter, a digit and a special character")
        String password,
        @JsonbProperty("confirmPassword") @NotNull String confirmPassword) {
    public SignUpRequest {
        if (password != null && confirmPassword != null && !password.equals(confirmPassword)) {
            throw InvalidInput.member("confirmPassword", "must match password");
        }
    }
}
