package occi.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import occi.api.AttributeDefinition;
import occi.api.Category;
import occi.api.InvalidAttributeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Client values checked through {@link AttributeDefinition#coerce}, as the server checks them. */
class AttributeValidationTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            occi.compute.architecture      | x86
            occi.compute.architecture      | x64
            occi.compute.cores             | 1
            occi.compute.cores             | 64
            occi.compute.hostname          | vm1.example.org
            occi.compute.hostname          | localhost
            occi.compute.share             | 0
            occi.compute.speed             | 2.4
            occi.compute.memory            | 0.5
            occi.compute.memory            | 16
            occi.network.vlan              | 0
            occi.network.vlan              | 343
            occi.network.vlan              | 4095
            occi.network.label             | external-dmz
            occi.network.address           | 192.168.0.0/24
            occi.network.address           | fc00::/7
            occi.network.gateway           | 192.168.0.1
            occi.network.gateway           | fc00::1
            occi.network.allocation        | static
            occi.storage.size              | 10
            occi.storage.size              | 0.25
            occi.networkinterface.mac      | 02:00:ab:CD:10:ff
            occi.networkinterface.address  | 10.0.0.5
            occi.networkinterface.address  | 10.0.0.5/24
            occi.networkinterface.address  | 2001:db8::5
            occi.compute.userdata          | IyEvYmluL3NoCmVjaG8gaGkK
            occi.credentials.ssh.publickey | ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFoo user@host
            """)
    void accepted(String attribute, String value) {
        assertThat(definition(attribute).coerce(value)).isNotNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            occi.compute.architecture      | arm64
            occi.compute.cores             | 0
            occi.compute.cores             | -2
            occi.compute.cores             | 1.5
            occi.compute.cores             | many
            occi.compute.hostname          | not a host
            occi.compute.hostname          | -leading.example.org
            occi.compute.share             | -1
            occi.compute.speed             | 0
            occi.compute.memory            | -1
            occi.compute.memory            | lots
            occi.network.vlan              | 4096
            occi.network.vlan              | -1
            occi.network.label             | two words
            occi.network.address           | 192.168.0.0
            occi.network.address           | 300.1.1.1/24
            occi.network.address           | 10.0.0.0/33
            occi.network.gateway           | gateway
            occi.network.allocation        | dhcp
            occi.storage.size              | 0
            occi.storage.size              | -5
            occi.networkinterface.mac      | 02:00:ab:cd:10
            occi.networkinterface.mac      | zz:00:ab:cd:10:ff
            occi.networkinterface.address  | 10.0.0.256
            occi.compute.userdata          | not base64!
            occi.credentials.ssh.publickey | '   '
            occi.compute.state             | running
            """)
    void refused(String attribute, String value) {
        assertThatThrownBy(() -> definition(attribute).coerce(value)).isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
            assertThat(e.attribute()).isEqualTo(attribute);
            assertThat(e.status()).isEqualTo(400);
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            occi.compute.memory  | 2.5   | 2.5
            occi.compute.speed   | 3     | 3
            occi.storage.size    | 100.0 | 100.0
            """)
    void numbersBecomeDecimals(String attribute, String value, BigDecimal expected) {
        assertThat(definition(attribute).coerce(value)).isInstanceOf(BigDecimal.class)
                .satisfies(v -> assertThat((BigDecimal) v).isEqualByComparingTo(expected));
    }

    @org.junit.jupiter.api.Test
    void integersBecomeLongsWhetherTextOrNumber() {
        assertThat(definition(Compute.CORES).coerce("4")).isEqualTo(4L);
        assertThat(definition(Network.VLAN).coerce(4095)).isEqualTo(4095L);
        assertThatThrownBy(() -> definition(Network.VLAN).coerce(4096)).isInstanceOf(InvalidAttributeException.class);
    }

    private static AttributeDefinition definition(String name) {
        return Infrastructure.CATEGORIES.stream().map(Category::attributes).filter(a -> a.containsKey(name))
                .map(a -> a.get(name)).findFirst().orElseThrow();
    }
}
