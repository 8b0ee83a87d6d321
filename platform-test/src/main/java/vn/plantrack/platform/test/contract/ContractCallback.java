package vn.plantrack.platform.test.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ContractValidation} in front of every RestAssured call of a {@code @QuarkusTest},
 * when the module switches it on ({@code plantrack.contract.validation=true}).
 */
public class ContractCallback implements QuarkusTestBeforeEachCallback {
  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    if (ContractValidation.enabled()
        && !RestAssured.filters().contains(ContractValidation.INSTANCE)) {
      ContractValidation.INSTANCE.forget();
      RestAssured.filters(ContractValidation.INSTANCE);
    }
  }
}
