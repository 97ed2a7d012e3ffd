package br.com.atende.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.omnifaces.cdi.ViewScoped;

/**
 * What the HTTP session holds can be copied to another server (issue 18: in a cluster the session
 * is replicated, and a page bean that cannot be serialised loses the agent's page when its server
 * dies). Walks every session- and view-scoped bean of the web module, the types of its fields and,
 * through them, the fields of the application's own types, and lists every concrete type that is
 * not {@link Serializable}. Injected beans are proxies the container serialises itself; the JDK's
 * collection interfaces are filled with serialisable lists and maps here.
 */
class SessionStateTest {

  @Test
  void everythingTheSessionHoldsCanBeCopiedToAnotherServer() {
    Set<Class<?>> roots = new HashSet<>();
    for (JavaClass bean :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("br.com.atende.web")) {
      if (bean.isAnnotatedWith(SessionScoped.class)
          || bean.isAnnotatedWith(ViewScoped.class)
          || bean.isAnnotatedWith(jakarta.faces.view.ViewScoped.class)) {
        roots.add(bean.reflect());
      }
    }
    Set<String> notSerializable = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> toVisit = new ArrayDeque<>(roots);
    while (!toVisit.isEmpty()) {
      Class<?> type = toVisit.pop();
      if (!seen.add(type)) {
        continue;
      }
      if (!type.isInterface()
          && !type.isPrimitive()
          && !type.isArray()
          && !Serializable.class.isAssignableFrom(type)) {
        notSerializable.add(type.getName());
      }
      if (!type.getName().startsWith("br.com.atende")) {
        continue; // a library's type: its own fields are its business
      }
      for (Class<?> declaring = type;
          declaring != null && declaring.getName().startsWith("br.com.atende");
          declaring = declaring.getSuperclass()) {
        for (Field field : declaring.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())
              || Modifier.isTransient(field.getModifiers())
              || field.isAnnotationPresent(Inject.class)
              || field.isAnnotationPresent(EJB.class)
              || field.isSynthetic()) {
            continue;
          }
          collect(field.getGenericType(), toVisit);
        }
      }
    }
    assertEquals(Set.of(), notSerializable, "types held by the session that are not Serializable");
  }

  private static void collect(Type type, Deque<Class<?>> toVisit) {
    if (type instanceof Class<?> plain) {
      toVisit.push(plain.isArray() ? plain.getComponentType() : plain);
    } else if (type instanceof ParameterizedType parameterized) {
      collect(parameterized.getRawType(), toVisit);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, toVisit);
      }
    } else if (type instanceof GenericArrayType array) {
      collect(array.getGenericComponentType(), toVisit);
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        collect(bound, toVisit);
      }
    }
  }
}
