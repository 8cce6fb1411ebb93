package org.newslens; public final class Main { public static void main(String[] a){} }
