package se.kretslopp.audit;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs inside every {@code @WithTransaction} method, right after Panache's own interceptor (priority 200) has
 * opened the transaction, and names the transaction's author for the audit trail ({@link AuditContext}). So no
 * write through the API can forget it. (Transactions opened with {@code Panache.withTransaction} call
 * {@link AuditService#stampTransaction()} themselves.)
 */
@WithTransaction
@Interceptor
@Priority(201)
class AuditContextInterceptor {

    private final AuditContext context;

    AuditContextInterceptor(AuditContext context) {
        this.context = context;
    }

    @AroundInvoke
    Object stamp(InvocationContext invocation) {
        return context.stamp().flatMap(v -> {
            try {
                return (Uni<?>) invocation.proceed();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
