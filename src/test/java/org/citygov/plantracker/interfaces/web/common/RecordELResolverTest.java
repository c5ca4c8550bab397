package org.citygov.plantracker.interfaces.web.common;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordELResolverTest {

    public record Row(String code, int count) {
        public boolean busy() {
            return count > 10;
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponentsAndDerivedValues() {
        Row row = new Row("C1.4", 12);

        ELContext context = context();
        assertThat(resolver.getValue(context, row, "code")).isEqualTo("C1.4");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(context(), row, "busy")).isEqualTo(true);
        assertThat(resolver.isReadOnly(context(), row, "count")).isTrue();
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext context = context();
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(resolver.getValue(context, new Row("x", 1), "noSuchThing")).isNull();
        assertThat(resolver.getValue(context, new Row("x", 1), "hashCode")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsCannotBeWritten() {
        assertThatThrownBy(() -> resolver.setValue(context(), new Row("x", 1), "code", "y"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
