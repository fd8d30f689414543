package occi.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every category and attribute definition as GFD.224 (and rOCCI-core/ooi for the 1.2 additions) lists them. */
class ModelDefinitionTest {

    private static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";

    @ParameterizedTest(name = "kind {0}")
    @CsvSource(delimiter = '|', textBlock = """
            compute          | Compute Resource      | resource | /compute/          | start stop restart suspend save
            network          | Network Resource      | resource | /network/          | up down
            storage          | Storage Resource      | resource | /storage/          | online offline backup snapshot resize
            networkinterface | NetworkInterface Link | link     | /networkinterface/ | up down
            storagelink      | StorageLink Link      | link     | /storagelink/      | online offline
            """)
    void kinds(String term, String title, String parent, String location, String actions) {
        Kind kind = (Kind) Infrastructure.category(new CategoryId(INFRA, term)).orElseThrow();
        assertThat(kind.title()).isEqualTo(title);
        assertThat(kind.parent()).isEqualTo(new CategoryId(Core.SCHEME, parent));
        assertThat(kind.location()).isEqualTo(location);
        assertThat(kind.actions()).extracting(CategoryId::term).containsExactly(actions.split(" "));
        assertThat(kind.actions()).allSatisfy(action -> {
            assertThat(action.scheme()).isEqualTo("http://schemas.ogf.org/occi/infrastructure/" + term + "/action#");
            assertThat(Infrastructure.category(action)).containsInstanceOf(Action.class);
        });
        assertThat(Infrastructure.stateMachine(kind.id())).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(kind.id()));
    }

    /** category | attribute | type | enum values | mutable | required | default | has a pattern */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            infrastructure#compute                        | occi.compute.architecture          | ENUM    | x86 x64                                                    | true  | false | -        | false
            infrastructure#compute                        | occi.compute.cores                 | INTEGER | -                                                          | true  | false | -        | true
            infrastructure#compute                        | occi.compute.hostname              | STRING  | -                                                          | true  | false | -        | true
            infrastructure#compute                        | occi.compute.share                 | INTEGER | -                                                          | true  | false | -        | true
            infrastructure#compute                        | occi.compute.speed                 | NUMBER  | -                                                          | true  | false | -        | true
            infrastructure#compute                        | occi.compute.memory                | NUMBER  | -                                                          | true  | false | -        | true
            infrastructure#compute                        | occi.compute.state                 | ENUM    | active inactive suspended error                            | false | true  | inactive | false
            infrastructure#compute                        | occi.compute.state.message         | STRING  | -                                                          | false | false | -        | false
            infrastructure#network                        | occi.network.vlan                  | INTEGER | -                                                          | true  | false | -        | true
            infrastructure#network                        | occi.network.label                 | STRING  | -                                                          | true  | false | -        | true
            infrastructure#network                        | occi.network.state                 | ENUM    | active inactive error                                      | false | true  | inactive | false
            infrastructure#network                        | occi.network.state.message         | STRING  | -                                                          | false | false | -        | false
            infrastructure#storage                        | occi.storage.size                  | NUMBER  | -                                                          | true  | true  | -        | true
            infrastructure#storage                        | occi.storage.state                 | ENUM    | online offline error backup snapshot resize degraded       | false | true  | offline  | false
            infrastructure#storage                        | occi.storage.state.message         | STRING  | -                                                          | false | false | -        | false
            infrastructure#networkinterface               | occi.networkinterface.interface    | STRING  | -                                                          | false | false | -        | false
            infrastructure#networkinterface               | occi.networkinterface.mac          | STRING  | -                                                          | true  | false | -        | true
            infrastructure#networkinterface               | occi.networkinterface.state        | ENUM    | active inactive error                                      | false | true  | inactive | false
            infrastructure#networkinterface               | occi.networkinterface.state.message| STRING  | -                                                          | false | false | -        | false
            infrastructure#storagelink                    | occi.storagelink.deviceid          | STRING  | -                                                          | true  | false | -        | false
            infrastructure#storagelink                    | occi.storagelink.mountpoint        | STRING  | -                                                          | true  | false | -        | false
            infrastructure#storagelink                    | occi.storagelink.state             | ENUM    | active inactive error                                      | false | true  | inactive | false
            infrastructure#storagelink                    | occi.storagelink.state.message     | STRING  | -                                                          | false | false | -        | false
            infrastructure/network#ipnetwork              | occi.network.address               | STRING  | -                                                          | true  | false | -        | true
            infrastructure/network#ipnetwork              | occi.network.gateway               | STRING  | -                                                          | true  | false | -        | true
            infrastructure/network#ipnetwork              | occi.network.allocation            | ENUM    | dynamic static                                             | true  | false | dynamic  | false
            infrastructure/networkinterface#ipnetworkinterface | occi.networkinterface.address  | STRING  | -                                                          | true  | false | -        | true
            infrastructure/networkinterface#ipnetworkinterface | occi.networkinterface.gateway  | STRING  | -                                                          | true  | false | -        | true
            infrastructure/networkinterface#ipnetworkinterface | occi.networkinterface.allocation | ENUM  | dynamic static                                             | true  | true  | dynamic  | false
            infrastructure/credentials#ssh_key            | occi.credentials.ssh.publickey     | STRING  | -                                                          | true  | true  | -        | true
            credentials#ssh_key                           | occi.credentials.ssh.publickey     | STRING  | -                                                          | true  | true  | -        | true
            infrastructure/compute#user_data              | occi.compute.userdata              | STRING  | -                                                          | true  | true  | -        | true
            compute#user_data                             | occi.compute.user_data             | STRING  | -                                                          | true  | true  | -        | true
            """)
    void attributes(String category, String name, AttributeType type, String enumValues, boolean mutable, boolean required,
            String defaultValue, boolean hasPattern) {
        Category owner = Infrastructure.category(CategoryId.parse("http://schemas.ogf.org/occi/" + category)).orElseThrow();
        AttributeDefinition definition = owner.attributes().get(name);
        assertThat(definition).as(name).isNotNull();
        assertThat(definition.type()).isEqualTo(type);
        assertThat(definition.enumValues()).containsExactlyElementsOf(enumValues == null ? List.of() : List.of(enumValues.split(" ")));
        assertThat(definition.mutable()).as("mutable").isEqualTo(mutable);
        assertThat(definition.required()).as("required").isEqualTo(required);
        assertThat(definition.defaultValue()).isEqualTo(defaultValue);
        assertThat(definition.pattern() != null).as("has a pattern").isEqualTo(hasPattern);
        assertThat(definition.description()).isNotBlank();
    }

    @Test
    void everyAttributeIsListedAbove() {
        long attributes = Infrastructure.CATEGORIES.stream().filter(c -> !(c instanceof Action))
                .mapToLong(c -> c.attributes().size()).sum();
        assertThat(attributes).isEqualTo(33);
    }

    /** action | attribute | type | enum values | required | default */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            compute/action#start    | -      | -      | -                         | -     | -
            compute/action#stop     | method | ENUM   | graceful acpioff poweroff | false | graceful
            compute/action#restart  | method | ENUM   | graceful warm cold        | false | graceful
            compute/action#suspend  | method | ENUM   | hibernate suspend         | false | suspend
            compute/action#save     | method | ENUM   | hot deferred              | false | hot
            compute/action#save     | name   | STRING | -                         | false | -
            network/action#up       | -      | -      | -                         | -     | -
            network/action#down     | -      | -      | -                         | -     | -
            storage/action#online   | -      | -      | -                         | -     | -
            storage/action#offline  | -      | -      | -                         | -     | -
            storage/action#backup   | -      | -      | -                         | -     | -
            storage/action#snapshot | -      | -      | -                         | -     | -
            storage/action#resize   | size   | NUMBER | -                         | true  | -
            networkinterface/action#up    | - | -    | -                         | -     | -
            networkinterface/action#down  | - | -    | -                         | -     | -
            storagelink/action#online     | - | -    | -                         | -     | -
            storagelink/action#offline    | - | -    | -                         | -     | -
            """)
    void actions(String action, String attribute, AttributeType type, String enumValues, Boolean required, String defaultValue) {
        Action definition = (Action) Infrastructure.category(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure/" + action))
                .orElseThrow();
        assertThat(definition.title()).isNotBlank();
        if (attribute == null) {
            assertThat(definition.attributes()).isEmpty();
            return;
        }
        AttributeDefinition a = definition.attributes().get(attribute);
        assertThat(a.type()).isEqualTo(type);
        assertThat(a.enumValues()).containsExactlyElementsOf(enumValues == null ? List.of() : List.of(enumValues.split(" ")));
        assertThat(a.required()).isEqualTo(required);
        assertThat(a.defaultValue()).isEqualTo(defaultValue);
    }

    /** mixin | title | applies | depends | location */
    @ParameterizedTest(name = "mixin {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            infrastructure/network#ipnetwork                   | IP Networking Mixin        | network          | /ipnetwork/
            infrastructure/networkinterface#ipnetworkinterface | IP Network Interface Mixin | networkinterface | /ipnetworkinterface/
            infrastructure#os_tpl                              | OS Template                | compute          | /os_tpl/
            infrastructure#resource_tpl                        | Resource Template          | compute          | /resource_tpl/
            infrastructure/credentials#ssh_key                 | SSH key                    | compute          | /ssh_key/
            infrastructure/compute#user_data                   | User data                  | compute          | /user_data/
            credentials#ssh_key                                | SSH key (OCCI 1.2 draft scheme, same as http://schemas.ogf.org/occi/infrastructure/credentials#ssh_key) | compute | /credentials/ssh_key/
            compute#user_data                                  | User data (OCCI 1.2 draft scheme, same as http://schemas.ogf.org/occi/infrastructure/compute#user_data) | compute | /contextualization/user_data/
            """)
    void mixins(String id, String title, String applies, String location) {
        Mixin mixin = (Mixin) Infrastructure.category(CategoryId.parse("http://schemas.ogf.org/occi/" + id)).orElseThrow();
        assertThat(mixin.title()).isEqualTo(title);
        assertThat(mixin.applies()).containsExactly(new CategoryId(INFRA, applies));
        assertThat(mixin.depends()).isEmpty();
        assertThat(mixin.actions()).isEmpty();
        assertThat(mixin.location()).isEqualTo(location);
    }

    @Test
    void theModelIsFiveKindsEightMixinsSixteenActionsWithUniqueIdsAndLocations() {
        assertThat(Infrastructure.KINDS).hasSize(5);
        assertThat(Infrastructure.MIXINS).hasSize(8);
        assertThat(Infrastructure.ACTIONS).hasSize(16);
        assertThat(Infrastructure.CATEGORIES).hasSize(29).extracting(Category::id).doesNotHaveDuplicates();
        List<String> locations = Infrastructure.CATEGORIES.stream().map(c -> c instanceof Kind k ? k.location()
                : c instanceof Mixin m ? m.location() : null).filter(l -> l != null).toList();
        assertThat(locations).hasSize(13).doesNotHaveDuplicates();
        assertThat(locations).noneMatch(l -> Core.KINDS.stream().anyMatch(k -> l.equals(k.location())));
    }

    @Test
    void everyKindListsExactlyTheActionsItsStateTableGoverns() {
        Map<CategoryId, StateMachine> machines = Infrastructure.STATE_MACHINES.stream()
                .collect(Collectors.toMap(StateMachine::kind, Function.identity()));
        for (Kind kind : Infrastructure.KINDS) {
            assertThat(machines.get(kind.id()).actions()).as(kind.id().term()).containsExactlyElementsOf(kind.actions());
            assertThat(kind.attributes().get(machines.get(kind.id()).stateAttribute()).enumValues())
                    .containsExactlyElementsOf(machines.get(kind.id()).states());
            assertThat(kind.attributes().get(machines.get(kind.id()).stateAttribute()).defaultValue())
                    .isEqualTo(machines.get(kind.id()).initialState());
            assertThat(kind.attributes()).containsKey(machines.get(kind.id()).messageAttribute());
        }
    }

    @Test
    void linkKindsNameTheirSourceAndTargetKinds() {
        assertThat(NetworkInterface.SOURCE_KIND).isEqualTo(Infrastructure.COMPUTE);
        assertThat(NetworkInterface.TARGET_KIND).isEqualTo(Infrastructure.NETWORK);
        assertThat(StorageLink.SOURCE_KIND).isEqualTo(Infrastructure.COMPUTE);
        assertThat(StorageLink.TARGET_KIND).isEqualTo(Infrastructure.STORAGE);
    }

    @Test
    void draftAliasesMapToTheImplementationsIds() {
        assertThat(Infrastructure.canonical(CategoryId.parse("http://schemas.ogf.org/occi/credentials#ssh_key")))
                .isEqualTo(Infrastructure.SSH_KEY);
        assertThat(Infrastructure.canonical(CategoryId.parse("http://schemas.ogf.org/occi/compute#user_data")))
                .isEqualTo(Infrastructure.USER_DATA);
        assertThat(Infrastructure.canonical(Infrastructure.COMPUTE)).isEqualTo(Infrastructure.COMPUTE);
        assertThat(Infrastructure.isDraftAlias(Infrastructure.SSH_KEY)).isFalse();
        assertThat(Infrastructure.isDraftAlias(Infrastructure.SSH_KEY_DRAFT)).isTrue();
    }

    @Test
    void typeIdConstantsMatchTheCategories() {
        assertThat(Arrays.asList(Compute.TYPE_ID, Network.TYPE_ID, Storage.TYPE_ID, NetworkInterface.TYPE_ID, StorageLink.TYPE_ID))
                .containsExactlyElementsOf(Infrastructure.KINDS.stream().map(k -> k.id().toString()).toList());
        assertThat(Templates.OS_TPL.id().toString()).isEqualTo(INFRA + "os_tpl");
        assertThat(Templates.RESOURCE_TPL.id().toString()).isEqualTo(INFRA + "resource_tpl");
    }

    @Test
    void aResourceTemplatePresetsTheKindsAttributesAsDefaults() {
        Mixin small = Templates.resourceTemplate(CategoryId.parse("http://example.org/tpl#small"), "Small", "/resource_tpl/small/",
                Compute.KIND, Map.of(Compute.CORES, 1, Compute.MEMORY, "2.0"));
        assertThat(small.depends()).containsExactly(Infrastructure.RESOURCE_TPL);
        assertThat(small.applies()).containsExactly(Infrastructure.COMPUTE);
        assertThat(Templates.isResourceTemplate(small)).isTrue();
        assertThat(Templates.isOsTemplate(small)).isFalse();
        assertThat(Templates.presets(small)).containsOnly(Map.entry(Compute.CORES, 1L), Map.entry(Compute.MEMORY, new BigDecimal("2.0")));
        assertThat(small.attributes().get(Compute.CORES).pattern()).isEqualTo(Patterns.POSITIVE_INTEGER);
        assertThat(Templates.presets(Templates.osTemplate(CategoryId.parse("http://example.org/os#debian"), "Debian", "/os_tpl/debian/")))
                .isEmpty();
    }

    @Test
    void aResourceTemplateRefusesPresetsTheKindDoesNotDefineOrThatBreakItsRules() {
        CategoryId id = CategoryId.parse("http://example.org/tpl#bad");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Templates.resourceTemplate(id, "Bad", "/resource_tpl/bad/", Compute.KIND, Map.of("occi.compute.gpus", 1)))
                .withMessageContaining("occi.compute.gpus");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Templates.resourceTemplate(id, "Bad", "/resource_tpl/bad/", Compute.KIND, Map.of(Compute.ARCHITECTURE, "arm")))
                .hasMessageContaining(Compute.ARCHITECTURE);
    }
}
